package io.github.aadcfg.core;

import java.lang.module.ModuleDescriptor.Exports;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API is what {@code module-info} exports, and nothing in it names a type of the libraries the engine is
 * built on (dom4j, Jaxen, Woodstox, JNA, java-diff-utils) or of its internal packages: they can change
 * without breaking a user.
 */
class PublicApiTest {
    private static final List<String> HIDDEN = List.of("org.dom4j", "org.jaxen", "com.ctc.wstx", "org.codehaus.stax2",
            "com.sun.jna", "com.github.difflib", "io.github.aadcfg.core.internal");
    private static final ModuleDescriptor MODULE = ModuleFinder.of(Path.of("target", "classes")).findAll().iterator()
            .next().descriptor();

    @Test
    void theModuleExportsTheFacadeReportsEditsAgentAndXdtOnly() {
        assertThat(MODULE.name()).isEqualTo("io.github.aadcfg.core");
        assertThat(MODULE.exports()).allMatch(e -> !e.isQualified())
                .extracting(Exports::source).containsExactlyInAnyOrder("io.github.aadcfg.core",
                        "io.github.aadcfg.core.report", "io.github.aadcfg.core.edits", "io.github.aadcfg.core.agent",
                        "io.github.aadcfg.core.xdt");
    }

    @Test
    void noExportedSignatureNamesALibraryOrAnInternalType() throws ClassNotFoundException {
        Set<String> exported = MODULE.exports().stream().map(Exports::source).collect(Collectors.toSet());
        List<String> leaks = new ArrayList<>();
        int members = 0;
        for (JavaClass imported : new ClassFileImporter().importPath(Path.of("target", "classes"))) {
            if (!exported.contains(imported.getPackageName())) {
                continue;
            }
            Class<?> type = Class.forName(imported.getName());
            if (!visible(type)) {
                continue;
            }
            List<Type> signature = new ArrayList<>();
            signature.add(type.getGenericSuperclass());
            signature.addAll(List.of(type.getGenericInterfaces()));
            for (Field field : type.getDeclaredFields()) {
                if (visible(field.getModifiers())) {
                    signature.add(field.getGenericType());
                    members++;
                }
            }
            List<Executable> executables = new ArrayList<>(List.of(type.getDeclaredMethods()));
            executables.addAll(List.of(type.getDeclaredConstructors()));
            for (Executable executable : executables) {
                if (visible(executable.getModifiers()) && !executable.isSynthetic()) {
                    signature.addAll(List.of(executable.getGenericParameterTypes()));
                    signature.addAll(List.of(executable.getGenericExceptionTypes()));
                    if (executable instanceof Method method) {
                        signature.add(method.getGenericReturnType());
                    }
                    members++;
                }
            }
            for (Type part : signature) {
                for (String name : typeNames(part, new TreeSet<>())) {
                    if (HIDDEN.stream().anyMatch(name::startsWith)) {
                        leaks.add(type.getName() + " names " + name);
                    }
                }
            }
        }

        assertThat(members).as("public members examined").isGreaterThan(50);
        assertThat(leaks).isEmpty();
    }

    private static boolean visible(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getDeclaringClass()) {
            if (!Modifier.isPublic(c.getModifiers())) {
                return false;
            }
        }
        return true;
    }

    private static boolean visible(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    private static Set<String> typeNames(Type type, Set<String> names) {
        if (type instanceof Class<?> c) {
            names.add(c.isArray() ? c.getComponentType().getName() : c.getName());
        } else if (type instanceof ParameterizedType p) {
            typeNames(p.getRawType(), names);
            for (Type argument : p.getActualTypeArguments()) {
                typeNames(argument, names);
            }
        } else if (type instanceof WildcardType w) {
            List.of(w.getUpperBounds()).forEach(b -> typeNames(b, names));
            List.of(w.getLowerBounds()).forEach(b -> typeNames(b, names));
        } else if (type instanceof GenericArrayType a) {
            typeNames(a.getGenericComponentType(), names);
        } else if (type instanceof TypeVariable<?> v && names.add("<" + v.getName() + ">")) {
            List.of(v.getBounds()).forEach(b -> typeNames(b, names));
        }
        return names;
    }
}
