package uk.foi.api.web;

import io.micronaut.core.beans.BeanIntrospection;
import io.micronaut.core.beans.BeanIntrospector;
import io.micronaut.core.beans.BeanProperty;
import io.micronaut.core.bind.annotation.Bindable;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.web.router.RouteInfo;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * JSON and query values must have the type the operation declares; nothing is coerced (hardening issue, item 2). The
 * JSON reader in use (micronaut-serde 2.16) turns {@code "name": true} into the text "true", takes {@code ["EMAIL"]}
 * for {@code "EMAIL"} and 1.5 for 1, and has no setting to stop it; and a query {@code overdue=1} was read as false.
 * So the body is checked against the operation's body type before it is read: text, enum values and dates must be
 * JSON strings, whole numbers must be JSON integers, booleans JSON booleans, lists arrays and objects objects, each
 * refused with its JSON path. A boolean query parameter must say {@code true} or {@code false}.
 */
final class StrictTypes {

    private static final Set<Class<?>> WHOLE = Set.of(int.class, Integer.class, long.class, Long.class, short.class,
            Short.class, byte.class, Byte.class, BigInteger.class);
    private static final Set<Class<?>> NUMBER = Set.of(double.class, Double.class, float.class, Float.class,
            BigDecimal.class, Number.class);

    private StrictTypes() {
    }

    /** A value of the wrong type: where, and what it should be. */
    record Wrong(String field, String message) {
    }

    /**
     * @param node the body as sent
     * @param type the type the operation reads it as
     * @return the first value whose JSON type is not the declared one
     */
    static Optional<Wrong> body(JsonNode node, Argument<?> type) {
        return check(node, type, "");
    }

    private static Optional<Wrong> check(JsonNode node, Argument<?> type, String path) {
        if (node.isNull()) {
            return Optional.empty(); // whether null is allowed is the validator's business
        }
        Class<?> t = type.getType();
        if (t == Optional.class && type.getTypeParameters().length == 1) {
            return check(node, type.getTypeParameters()[0], path);
        }
        if (CharSequence.class.isAssignableFrom(t) || Temporal.class.isAssignableFrom(t) || t == UUID.class
                || t == URI.class) {
            return node.isString() ? Optional.empty() : wrong(path, "must be text in quotes", node);
        }
        if (t.isEnum()) {
            return node.isString() ? Optional.empty() : wrong(path, "must be one of the values listed for it, as"
                    + " text in quotes", node);
        }
        if (WHOLE.contains(t)) {
            return node.isNumber() && isWhole(node.getNumberValue()) ? Optional.empty()
                    : wrong(path, "must be a whole number", node);
        }
        if (NUMBER.contains(t)) {
            return node.isNumber() ? Optional.empty() : wrong(path, "must be a number", node);
        }
        if (t == boolean.class || t == Boolean.class) {
            return node.isBoolean() ? Optional.empty() : wrong(path, "must be true or false (without quotes)", node);
        }
        if (Collection.class.isAssignableFrom(t) || t.isArray()) {
            if (!node.isArray()) {
                return wrong(path, "must be a list in [brackets]", node);
            }
            Argument<?> element = t.isArray() ? Argument.of(t.getComponentType())
                    : type.getTypeParameters().length == 1 ? type.getTypeParameters()[0] : Argument.OBJECT_ARGUMENT;
            int i = 0;
            for (JsonNode value : node.values()) {
                Optional<Wrong> w = check(value, element, path + "[" + i++ + "]");
                if (w.isPresent()) {
                    return w;
                }
            }
            return Optional.empty();
        }
        if (Map.class.isAssignableFrom(t)) {
            if (!node.isObject()) {
                return wrong(path, "must be an object in {braces}", node);
            }
            Argument<?> value = type.getTypeParameters().length == 2 ? type.getTypeParameters()[1]
                    : Argument.OBJECT_ARGUMENT;
            for (Map.Entry<String, JsonNode> e : node.entries()) {
                Optional<Wrong> w = check(e.getValue(), value, join(path, e.getKey()));
                if (w.isPresent()) {
                    return w;
                }
            }
            return Optional.empty();
        }
        Optional<? extends BeanIntrospection<?>> bean = BeanIntrospector.SHARED.findIntrospection(t);
        if (bean.isEmpty()) {
            return Optional.empty(); // Object and the like: any JSON
        }
        if (!node.isObject()) {
            return wrong(path, "must be an object in {braces}", node);
        }
        for (Map.Entry<String, JsonNode> e : node.entries()) {
            Optional<? extends BeanProperty<?, ?>> property = bean.get().getProperty(e.getKey());
            if (property.isPresent()) {
                Optional<Wrong> w = check(e.getValue(), property.get().asArgument(), join(path, e.getKey()));
                if (w.isPresent()) {
                    return w;
                }
            } // an unknown field is refused by the reader, naming it
        }
        return Optional.empty();
    }

    /**
     * @param request the call
     * @param route   the operation it reaches
     * @return the first boolean query parameter that is neither {@code true} nor {@code false}
     */
    static Optional<Wrong> query(HttpRequest<?> request, RouteInfo<?> route) {
        if (!(route instanceof io.micronaut.web.router.MethodBasedRouteInfo<?, ?> method)) {
            return Optional.empty();
        }
        for (Argument<?> argument : method.getTargetMethod().getArguments()) {
            if (argument.getType() != Boolean.class && argument.getType() != boolean.class) {
                continue;
            }
            String name = argument.getAnnotationMetadata().stringValue(QueryValue.class)
                    .or(() -> argument.getAnnotationMetadata().stringValue(Bindable.class))
                    .filter(n -> !n.isEmpty()).orElse(argument.getName());
            for (String value : request.getParameters().getAll(name)) {
                String v = value.toLowerCase(Locale.ROOT);
                if (!v.equals("true") && !v.equals("false")) {
                    return Optional.of(new Wrong(name, "must be true or false"));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isWhole(Number n) {
        return n instanceof Integer || n instanceof Long || n instanceof Short || n instanceof Byte
                || n instanceof BigInteger;
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static Optional<Wrong> wrong(String path, String rule, JsonNode node) {
        String was = node.isString() ? "text" : node.isNumber() ? "a number" : node.isBoolean() ? "true or false"
                : node.isArray() ? "a list" : "an object";
        return Optional.of(new Wrong(path, rule + ", not " + was));
    }
}
