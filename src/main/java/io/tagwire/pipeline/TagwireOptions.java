package io.tagwire.pipeline;

import org.apache.beam.sdk.options.PipelineOptions;

/**
 * Beam options of a Tagwire run. Tagwire's own settings live in the pipeline file; this interface
 * exists so runner flags ({@code --runner}, {@code --targetParallelism}, {@code --flinkMaster},
 * ...) validate the Beam way and one binary runs on any runner on the classpath.
 */
public interface TagwireOptions extends PipelineOptions {}
