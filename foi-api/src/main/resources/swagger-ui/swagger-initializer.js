// Swagger UI over the service's own contract (src/main/resources/openapi/foi-api.yml); replaces the webjar's demo.
window.onload = function () {
  window.ui = SwaggerUIBundle({
    url: "/openapi/foi-api.yml",
    dom_id: "#swagger-ui",
    deepLinking: true,
    presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
    layout: "StandaloneLayout"
  });
};
