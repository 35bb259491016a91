package org.corridor.law.regime;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The keys and columns the rules declare: every {@code static final} {@link Key} and {@link Column}
 * constant of the classes given, found by reflection so that declaring a constant beside a rule is
 * all it takes to make the rule book read it and the compiled view hold it. Immutable.
 */
public final class Declarations {
    private final Map<String, Key<?>> keys;
    private final List<Column> columns;

    private Declarations(Map<String, Key<?>> keys, List<Column> columns) {
        this.keys = keys;
        this.columns = columns;
    }

    /** The declarations of these classes (and of nothing else). */
    public static Declarations in(Collection<Class<?>> classes) {
        Map<String, Key<?>> keys = new LinkedHashMap<>();
        List<Column> columns = new ArrayList<>();
        for (Class<?> c : classes) {
            for (Field f : c.getDeclaredFields()) {
                int mod = f.getModifiers();
                if (!Modifier.isStatic(mod) || !Modifier.isFinal(mod)) {
                    continue;
                }
                if (f.getType() != Key.class && f.getType() != Column.class) {
                    continue;
                }
                Object constant = read(f);
                if (constant instanceof Key<?> k) {
                    Key<?> twin = keys.putIfAbsent(k.path(), k);
                    if (twin != null && twin != k) {
                        throw new IllegalStateException("the key '" + k.path() + "' is declared twice (again in " + c.getName() + "): "
                                + "one parameter, one declaration");
                    }
                    if (k.column() != null && !columns.contains(k.column())) {
                        columns.add(k.column());
                    }
                } else if (constant instanceof Column col && !columns.contains(col)) {
                    columns.add(col);
                }
            }
        }
        columns.sort(Comparator.comparingInt(Column::index));
        return new Declarations(Map.copyOf(keys), List.copyOf(columns));
    }

    private static Object read(Field f) {
        try {
            f.setAccessible(true);
            return f.get(null);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("cannot read the declaration " + f.getDeclaringClass().getName() + "." + f.getName(), e);
        }
    }

    public Optional<Key<?>> key(String path) {
        return Optional.ofNullable(keys.get(path));
    }

    /** Every declared key, in no particular order. */
    public Collection<Key<?>> keys() {
        return keys.values();
    }

    /** Every declared column, in the order they were created. */
    public List<Column> columns() {
        return columns;
    }
}
