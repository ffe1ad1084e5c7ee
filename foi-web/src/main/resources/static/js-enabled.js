// GOV.UK Frontend's hook: components style themselves for JavaScript only when it runs and the browser supports ES modules.
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');
