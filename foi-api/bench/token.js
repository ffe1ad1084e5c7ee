// Mints an HS256 JWT the API accepts: node token.js <secret> <user> <authority> <role>
const crypto = require('crypto');
const [secret, sub, authority, role] = process.argv.slice(2);
const part = (o) => Buffer.from(JSON.stringify(o)).toString('base64url');
const now = Math.floor(Date.now() / 1000);
const unsigned = part({alg: 'HS256', typ: 'JWT'}) + '.'
    + part({sub, authority, roles: [role], iat: now, exp: now + 86400});
const signature = crypto.createHmac('sha256', secret).update(unsigned).digest('base64url');
process.stdout.write(unsigned + '.' + signature);
