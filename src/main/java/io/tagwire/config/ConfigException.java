package io.tagwire.config;

/**
 * A usage or configuration error that the operator must fix: the message names the file, the key
 * or field, and what was expected. The CLI prints it as one line and exits with status 2.
 */
public class ConfigException extends RuntimeException {
  public ConfigException(String message) {
    super(message);
  }

  public ConfigException(String message, Throwable cause) {
    super(message, cause);
  }
}
