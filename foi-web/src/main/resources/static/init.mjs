// Scripts only enhance: every page works without them (GOV.UK Frontend's components: error summary focus,
// details, the service navigation's menu on small screens).
import { initAll } from '/govuk/govuk-frontend.min.js';
initAll();
