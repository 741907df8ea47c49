package io.polybot.gateway.openapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The OpenAPI 3.1 document of the gateway, built from the declared routes (the same list Javalin
 * was given), so it cannot leave a route out. It names each route's least role and success status;
 * bodies are described as JSON objects, their fields in {@code contract/api-contract.md}.
 */
public final class OpenApiDocument {
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}/]+)}");
    private static final Map<String, Object> ERROR_RESPONSE = Map.of("description", "error",
            "content", Map.of("application/json", Map.of("schema", Map.of("$ref", "#/components/schemas/Error"))));

    private OpenApiDocument() {}

    public static Map<String, Object> build(List<ApiRoute> routes, String version) {
        Map<String, Object> paths = new LinkedHashMap<>();
        for (ApiRoute route : routes) {
            @SuppressWarnings("unchecked")
            Map<String, Object> item = (Map<String, Object>) paths.computeIfAbsent(route.path(), p -> new LinkedHashMap<String, Object>());
            item.put(route.method().toLowerCase(Locale.ROOT), operation(route));
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("openapi", "3.1.0");
        doc.put("info", Map.of("title", "Polybot gateway", "version", version,
                "description", "The operator console's API. Sign in with POST /api/auth/login; send the access token as "
                        + "'Authorization: Bearer <token>' (the live socket takes it as ?token=). Roles: viewer < trader < admin."));
        doc.put("paths", paths);
        doc.put("components", Map.of(
                "securitySchemes", Map.of("bearerAuth", Map.of("type", "http", "scheme", "bearer", "bearerFormat", "JWT")),
                "schemas", Map.of("Error", Map.of("type", "object", "required", List.of("error", "status"),
                        "properties", Map.of("error", Map.of("type", "string"), "status", Map.of("type", "integer"))))));
        return doc;
    }

    private static Map<String, Object> operation(ApiRoute route) {
        Map<String, Object> op = new LinkedHashMap<>();
        op.put("summary", route.summary());
        op.put("operationId", operationId(route));
        op.put("tags", List.of(tag(route.path())));
        op.put("x-polybot-role", route.isPublic() ? "public" : route.role().wireName());
        op.put("security", route.isPublic() ? List.of() : List.of(Map.of("bearerAuth", List.of())));
        List<Object> parameters = new ArrayList<>();
        Matcher m = PATH_PARAMETER.matcher(route.path());
        while (m.find()) parameters.add(Map.of("name", m.group(1), "in", "path", "required", true, "schema", Map.of("type", "string")));
        if (route.status() == 101) parameters.add(Map.of("name", "token", "in", "query", "required", true, "schema", Map.of("type", "string"),
                "description", "the access token (browsers cannot set headers on a WebSocket)"));
        if (!parameters.isEmpty()) op.put("parameters", parameters);
        if (route.method().equals("POST") || route.method().equals("PUT"))
            op.put("requestBody", Map.of("required", false, "content", Map.of("application/json", Map.of("schema", Map.of("type", "object")))));
        Map<String, Object> responses = new LinkedHashMap<>();
        responses.put(Integer.toString(route.status()), success(route));
        responses.put("400", ERROR_RESPONSE);
        if (!route.isPublic()) {
            responses.put("401", ERROR_RESPONSE);
            responses.put("403", ERROR_RESPONSE);
        }
        op.put("responses", responses);
        return op;
    }

    private static Map<String, Object> success(ApiRoute route) {
        return switch (route.status()) {
            case 101 -> Map.of("description", "switching to the live socket");
            case 204 -> Map.of("description", "done");
            default -> Map.of("description", "OK", "content", Map.of(route.path().equals("/") ? "text/html" : "application/json",
                    Map.of("schema", Map.of())));
        };
    }

    private static String tag(String path) {
        String[] parts = path.split("/");
        if (parts.length > 2 && parts[1].equals("api")) return parts[2];
        return parts.length > 1 && !parts[1].isEmpty() ? parts[1] : "dashboard";
    }

    private static String operationId(ApiRoute route) {
        StringBuilder id = new StringBuilder(route.method().toLowerCase(Locale.ROOT));
        for (String part : route.path().split("[/{}\\-.]+")) {
            if (part.isEmpty()) continue;
            id.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return id.toString();
    }
}
