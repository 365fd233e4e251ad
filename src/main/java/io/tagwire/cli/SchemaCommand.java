package io.tagwire.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code tagwire schema}: prints the JSON Schema of the enriched record (the output contract). */
@Command(name = "schema", mixinStandardHelpOptions = true,
    description = "Print the JSON Schema (draft 2020-12) of enriched records.")
public final class SchemaCommand implements Callable<Integer> {
  public static final String RESOURCE = "/schema/enriched-article.schema.json";

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  public static String schema() throws IOException {
    try (InputStream in = SchemaCommand.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IOException("schema resource " + RESOURCE + " missing from the build");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Override
  public Integer call() throws IOException {
    spec.commandLine().getOut().print(schema());
    spec.commandLine().getOut().flush();
    return 0;
  }
}
