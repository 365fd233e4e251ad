package io.tagwire.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.Serializable;

/**
 * The detected language (ISO 639-1 where one exists, else ISO 639-3) with the detector's
 * confidence, and the language the input declared, if any.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LanguageInfo(String code, double score, String declared) implements Serializable {
  @com.fasterxml.jackson.annotation.JsonIgnore
  public boolean isEnglish() {
    return "en".equals(code);
  }
}
