package io.tagwire.classify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatelineTest {
  @Test
  void wireDatelinesInCapitals() {
    Dateline d = Dateline.parse("BEIRUT, Aug 15 (Tagwire) - Israeli strikes hit the south.");
    assertThat(d.places()).containsExactly("BEIRUT");
    assertThat(d.qualifier()).isNull();
    assertThat("BEIRUT, Aug 15 (Tagwire) - Israeli strikes hit the south.".substring(d.end())).startsWith(" Israeli");

    assertThat(Dateline.parse("GAZA CITY - Families fled.").places()).containsExactly("GAZA CITY");
    assertThat(Dateline.parse("WASHINGTON (Reuters) - The Senate voted.").places()).containsExactly("WASHINGTON");
    assertThat(Dateline.parse("NEW DELHI: The monsoon arrived.").places()).containsExactly("NEW DELHI");
    assertThat(Dateline.parse("LONDON, 15 August 2025 (AFP) -- Prices rose.").places()).containsExactly("LONDON");
    assertThat(Dateline.parse("PORT-AU-PRINCE, Haiti (AP) \u2014 Gangs attacked.").places()).containsExactly("PORT-AU-PRINCE");
  }

  @Test
  void qualifierAfterTheCityIsKeptAndDatesAreNot() {
    Dateline d = Dateline.parse("KYIV, Ukraine (AP) \u2014 Drones struck overnight.");
    assertThat(d.places()).containsExactly("KYIV");
    assertThat(d.qualifier()).isEqualTo("Ukraine");

    Dateline ga = Dateline.parse("ATHENS, Ga., March 3 (AP) \u2014 A storm hit.");
    assertThat(ga.qualifier()).isEqualTo("Ga.");

    assertThat(Dateline.parse("BEIRUT, Aug. 15, 2024 (AP) - text").qualifier()).isNull();
  }

  @Test
  void usStateAndCanadianProvinceAbbreviationsStandForTheirCountry() {
    assertThat(Dateline.parse("SPRINGFIELD, Ill. (AP) \u2014 Lawmakers met.").abbreviatedCountry()).isEqualTo("US");
    assertThat(Dateline.parse("CHARLESTON, W.Va. (AP) \u2014 A mine closed.").abbreviatedCountry()).isEqualTo("US");
    assertThat(Dateline.parse("AUSTIN, TX - Voters queued.").abbreviatedCountry()).isEqualTo("US");
    assertThat(Dateline.parse("KAMLOOPS, B.C. \u2014 Fires spread.").abbreviatedCountry()).isEqualTo("CA");
    assertThat(Dateline.parse("KYIV, Ukraine (AP) \u2014 Drones struck.").abbreviatedCountry()).isNull();
  }

  @Test
  void severalCitiesAndTitleCase() {
    assertThat(Dateline.parse("PARIS/BERLIN (Reuters) - Talks began.").places()).containsExactly("PARIS", "BERLIN");
    Dateline d = Dateline.parse("Beirut, Lebanon \u2014 Smoke rose.");
    assertThat(d.places()).containsExactly("Beirut");
    assertThat(d.qualifier()).isEqualTo("Lebanon");
  }

  @Test
  void agencyStyleTitleCaseAndBylines() {
    assertThat(Dateline.parse("Washington (AFP) - The Senate voted.").places()).containsExactly("Washington");
    String body = "By Jane Doe\n\nGAZA CITY - Families fled.";
    Dateline d = Dateline.parse(body);
    assertThat(d.places()).containsExactly("GAZA CITY");
    assertThat(body.substring(d.end())).isEqualTo(" Families fled.");
    assertThat(body.substring(d.begin(), d.end())).isEqualTo("GAZA CITY -");

    Dateline afterNote = Dateline.parse("(Adds minister's comments)\nWASHINGTON, Oct 3 (Reuters) - The Senate voted.");
    assertThat(afterNote.places()).containsExactly("WASHINGTON");
    assertThat(Dateline.parse("The first paragraph is prose and runs on for a while, long enough that it cannot be "
        + "a byline or a note, and it ends here with a full stop and then more words.\nBEIRUT - text")).isNull();
  }

  @Test
  void proseIsNoDateline() {
    assertThat(Dateline.parse("Apple shares (AAPL) rose - sharply.")).isNull();
    assertThat(Dateline.parse("The minister said on Monday - in a statement - that talks had failed.")).isNull();
    assertThat(Dateline.parse("Israeli strikes hit southern Lebanon on Sunday.")).isNull();
    assertThat(Dateline.parse("A - B testing is common.")).isNull();
    assertThat(Dateline.parse("")).isNull();
  }
}
