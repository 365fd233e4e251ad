package io.tagwire.cli;

import io.tagwire.config.ConfigException;
import io.tagwire.config.PipelineConfig;
import io.tagwire.config.TagwireHome;
import io.tagwire.review.ReviewServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code tagwire review}: the editor review page over one run's output folder. */
@Command(
    name = "review",
    mixinStandardHelpOptions = true,
    description = {"Serve the editor review page for a run's output folder: accept, reject and add tags with the keyboard.",
        "Decisions are appended to the feedback file, which the next run applies. Stop with Ctrl-C."})
public final class ReviewCommand implements Callable<Integer> {

  @Option(names = "--run", paramLabel = "DIR", required = true, description = "A run's output folder (enriched-*.jsonl, summary.json).")
  Path run;

  @Option(names = "--feedback", paramLabel = "FILE",
      description = "Feedback file to append decisions to. Default: the pipeline file's tags.feedback.")
  String feedback;

  @Option(names = "--pipeline", paramLabel = "FILE", defaultValue = "pipelines/nightly.yaml",
      description = "Pipeline definition whose tags.feedback and tags.vocabulary are used (default: ${DEFAULT-VALUE}).")
  String pipeline;

  @Option(names = "--host", paramLabel = "H", defaultValue = "127.0.0.1",
      description = "Address to listen on (default: ${DEFAULT-VALUE}; anything else exposes the page to the network).")
  String host;

  @Option(names = "--port", paramLabel = "N", defaultValue = "8080", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(names = "--editor", paramLabel = "NAME", description = "Editor name recorded with decisions the page does not name (default: the user name).")
  String editor;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    if (port < 0 || port > 65_535) {
      throw new ConfigException("--port: expected 0..65535, got " + port);
    }
    Path pipelineFile = TagwireHome.resolve(pipeline);
    PipelineConfig config = PipelineConfig.load(pipelineFile);
    Path feedbackFile = TagwireHome.resolve(feedback != null ? feedback : config.tags().feedback());
    if (Files.isDirectory(feedbackFile)) {
      throw new ConfigException(feedbackFile + ": the feedback file is a folder (--feedback or tags.feedback in " + pipelineFile + ")");
    }
    Path vocabulary = TagwireHome.resolve(config.tags().vocabulary());
    String who = editor != null ? editor : System.getProperty("user.name", "editor");
    ReviewServer server;
    try {
      server = ReviewServer.start(new ReviewServer.Settings(run, feedbackFile, vocabulary, host, port, who));
    } catch (RuntimeException e) {
      if (e instanceof ConfigException) {
        throw e;
      }
      throw new ConfigException("cannot listen on " + host + ":" + port + ": " + Main.rootMessage(e), e);
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      stopped.countDown();
    }, "review-shutdown"));
    var err = spec.commandLine().getErr();
    err.printf("tagwire: reviewing %d articles of %s%n", server.articleCount(), run.toAbsolutePath().normalize());
    err.printf("tagwire: decisions go to %s%n", server.feedbackFile());
    err.printf("tagwire: vocabulary %s%n", Files.isRegularFile(vocabulary) ? vocabulary.toAbsolutePath().normalize() : "(none; offering the run's tags)");
    err.flush();
    var out = spec.commandLine().getOut();
    out.println(server.url());
    out.flush();
    err.println("tagwire: press Ctrl-C to stop");
    err.flush();
    stopped.await();
    return 0;
  }
}
