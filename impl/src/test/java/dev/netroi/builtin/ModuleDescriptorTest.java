package dev.netroi.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netroi.calc.Calculator;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Checks the compiled module descriptor of netroi-impl (the tests run on the class path, so nothing
 * else reads it) against {@link BuiltInCalculators} and the class path's service file.
 */
class ModuleDescriptorTest {

  private static final String SERVICE = Calculator.class.getName();

  private static Path classesDirectory() throws URISyntaxException {
    return Path.of(
        BuiltInCalculators.class.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  private static ModuleDescriptor descriptor() throws IOException, URISyntaxException {
    try (InputStream in = Files.newInputStream(classesDirectory().resolve("module-info.class"))) {
      return ModuleDescriptor.read(in);
    }
  }

  private static List<String> builtInClassNames() {
    return BuiltInCalculators.all().stream()
        .map(c -> c.getClass().getName())
        .collect(Collectors.toList());
  }

  private static List<String> serviceFileLines() throws IOException, URISyntaxException {
    Path file = classesDirectory().resolve("META-INF/services/" + SERVICE);
    return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
        .map(line -> line.replaceFirst("#.*", "").strip())
        .filter(line -> !line.isEmpty())
        .collect(Collectors.toList());
  }

  @Test
  void theModuleProvidesExactlyTheBuiltInCalculatorsInTheirOrder() throws Exception {
    List<ModuleDescriptor.Provides> provides =
        descriptor().provides().stream()
            .filter(p -> p.service().equals(SERVICE))
            .collect(Collectors.toList());

    assertThat(provides).hasSize(1);
    assertThat(provides.get(0).providers()).containsExactlyElementsOf(builtInClassNames());
  }

  @Test
  void theServiceFileListsExactlyTheBuiltInCalculatorsInTheirOrder() throws Exception {
    assertThat(serviceFileLines()).containsExactlyElementsOf(builtInClassNames());
  }

  @Test
  void theBuiltInsAreTwentyNineDistinctClasses() {
    assertThat(builtInClassNames()).hasSize(29).doesNotHaveDuplicates();
  }

  @Test
  void theModuleExportsTheEngineTheModelsFabricsFinanceAndLifetimeButNotTheBuiltInCalculators()
      throws Exception {
    ModuleDescriptor descriptor = descriptor();
    Set<String> exported =
        descriptor.exports().stream()
            .map(ModuleDescriptor.Exports::source)
            .collect(Collectors.toSet());

    assertThat(descriptor.name()).isEqualTo("dev.netroi.impl");
    assertThat(exported)
        .containsExactlyInAnyOrder(
            "dev.netroi.analysis",
            "dev.netroi.engine",
            "dev.netroi.throughput",
            "dev.netroi.fabric",
            "dev.netroi.finance",
            "dev.netroi.lifetime");
    assertThat(descriptor.uses()).containsExactly(SERVICE);
    assertThat(descriptor.requires())
        .anySatisfy(
            r -> {
              assertThat(r.name()).isEqualTo("dev.netroi.api");
              assertThat(r.modifiers()).contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE);
            });
  }
}
