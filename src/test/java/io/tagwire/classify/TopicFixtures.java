package io.tagwire.classify;

import java.util.ArrayList;
import java.util.List;

/** A small hand-written corpus of three clearly different sections, for training in tests. */
final class TopicFixtures {
  private TopicFixtures() {}

  static final String[][] SPORTS = {
      {"United beat City in derby", "The striker scored twice as United beat City 2-1 in the league derby on Saturday, lifting the team to second in the table."},
      {"Champion wins tennis final", "The top seed won the tennis final in straight sets, serving twelve aces before lifting the trophy in front of a full stadium."},
      {"Coach sacked after defeats", "The club sacked its coach after five league defeats in a row, leaving the team two points above relegation."},
      {"Sprinter breaks world record", "The sprinter broke the world record in the 100 metres final, finishing ahead of the defending champion at the athletics championships."},
      {"Rugby side names captain", "The national rugby team named its new captain ahead of the tournament, with the coach praising his leadership in the final."},
      {"Goalkeeper signs new contract", "The goalkeeper signed a new four-year contract with the club after keeping ten clean sheets in the league this season."},
  };

  static final String[][] ECONOMY = {
      {"Central bank raises interest rates", "The central bank raised interest rates by a quarter point to curb inflation, and said further increases in borrowing costs were possible."},
      {"Shares fall as profits slump", "Shares in the retailer fell 8% after the company reported a slump in quarterly profits and cut its sales forecast for the year."},
      {"Unemployment drops to record low", "Unemployment fell to a record low last month as employers added jobs, though wage growth slowed and inflation stayed high."},
      {"Carmaker to cut jobs", "The carmaker will cut 3,000 jobs and close a factory to reduce costs after sales and profits fell in its main markets."},
      {"Trade deficit widens", "The trade deficit widened as imports of oil rose and exports fell, putting pressure on the currency and the government budget."},
      {"Bank agrees merger deal", "Two banks agreed a merger deal worth billions, creating the country's largest lender, subject to approval by the competition regulator."},
  };

  static final String[][] HEALTH = {
      {"Hospital waiting lists grow", "Hospital waiting lists grew again as doctors and nurses struggled with a rise in patients needing surgery and emergency care."},
      {"New vaccine approved", "Regulators approved a new vaccine against the virus after clinical trials showed it cut hospital admissions among older patients."},
      {"Measles outbreak spreads", "A measles outbreak spread to three more schools, and health officials urged parents to vaccinate their children against the disease."},
      {"Study links sleep to heart disease", "A study of 10,000 patients found that poor sleep raised the risk of heart disease, doctors reported in a medical journal."},
      {"Nurses warn of staff shortage", "Nurses warned that a shortage of staff in hospitals was putting patients at risk, as the health service struggled with winter illness."},
      {"Cancer drug shows promise", "A new cancer drug shrank tumours in most patients in an early trial, researchers said, though side effects were common."},
  };

  static List<TopicExample> corpus() {
    List<TopicExample> out = new ArrayList<>();
    add(out, "Sports", SPORTS);
    add(out, "Economy", ECONOMY);
    add(out, "Health", HEALTH);
    return out;
  }

  private static void add(List<TopicExample> out, String label, String[][] rows) {
    for (int i = 0; i < rows.length; i++) {
      String id = label.toLowerCase() + "-" + i;
      out.add(new TopicExample(id, label, rows[i][0], rows[i][1], "id:" + id, "fixture:" + (out.size() + 1)));
    }
  }
}
