package io.tagwire.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.runners.flink.FlinkPipelineOptions;
import org.junit.jupiter.api.Test;

class RunnerDefaultsTest {

  @Test
  void directRunnerProductionRunsSkipTheTestOnlyChecksAndUseEveryCore() {
    String[] args = RunnerDefaults.apply(new String[0], 4, false);

    DirectOptions o = NightlyRun.beamOptions(args).as(DirectOptions.class);
    assertThat(o.isEnforceImmutability()).isFalse();
    assertThat(o.isEnforceEncodability()).isFalse();
    assertThat(o.getTargetParallelism()).isEqualTo(4);
  }

  @Test
  void workersAreTheThreadsOrSlotsARunWillUseAndZeroWhenTheClusterDecides() {
    assertThat(RunnerDefaults.workers(NightlyRun.beamOptions(RunnerDefaults.apply(new String[0], 6, false)))).isEqualTo(6);
    assertThat(RunnerDefaults.workers(NightlyRun.beamOptions(RunnerDefaults.apply(new String[] {"--runner=FlinkRunner"}, 3, false))))
        .isEqualTo(3);
    assertThat(RunnerDefaults.workers(NightlyRun.beamOptions(RunnerDefaults.apply(
        new String[] {"--runner=FlinkRunner", "--flinkMaster=jobmanager:8081"}, 3, false)))).isZero();
  }

  @Test
  void strictModeKeepsTheChecksForTests() {
    DirectOptions o = NightlyRun.beamOptions(RunnerDefaults.apply(new String[0], 2, true)).as(DirectOptions.class);

    assertThat(o.isEnforceImmutability()).isTrue();
    assertThat(o.isEnforceEncodability()).isTrue();
  }

  @Test
  void flinkDefaultsToAnEmbeddedClusterWithOneSlotPerCore() {
    FlinkPipelineOptions o = NightlyRun.beamOptions(RunnerDefaults.apply(new String[] {"--runner=FlinkRunner"}, 2, true))
        .as(FlinkPipelineOptions.class);

    assertThat(o.getFlinkMaster()).isEqualTo("[local]");
    assertThat(o.getParallelism()).isEqualTo(2);
    assertThat(o.getObjectReuse()).isTrue();
    assertThat(o.getFasterCopy()).isTrue();
    assertThat(o.getReIterableGroupByKeyResult()).isTrue();
  }

  @Test
  void aRemoteFlinkClusterKeepsItsOwnParallelism() {
    FlinkPipelineOptions o = NightlyRun.beamOptions(
            RunnerDefaults.apply(new String[] {"--runner=FlinkRunner", "--flinkMaster=flink-jm:8081"}, 2, false))
        .as(FlinkPipelineOptions.class);

    assertThat(o.getFlinkMaster()).isEqualTo("flink-jm:8081");
    assertThat(o.getParallelism()).isEqualTo(-1);
  }

  @Test
  void optionsTheOperatorGaveAlwaysWin() {
    String[] args = RunnerDefaults.apply(new String[] {"--enforceImmutability=true", "--targetParallelism=7"}, 2, false);
    DirectOptions d = NightlyRun.beamOptions(args).as(DirectOptions.class);
    assertThat(d.isEnforceImmutability()).isTrue();
    assertThat(d.isEnforceEncodability()).isFalse();
    assertThat(d.getTargetParallelism()).isEqualTo(7);

    FlinkPipelineOptions f = NightlyRun.beamOptions(
            RunnerDefaults.apply(new String[] {"--runner=FlinkRunner", "--parallelism=1", "--objectReuse=false"}, 2, false))
        .as(FlinkPipelineOptions.class);
    assertThat(f.getParallelism()).isEqualTo(1);
    assertThat(f.getObjectReuse()).isFalse();
  }

  @Test
  void describesTheRunnerSettingsForTheOperator() {
    assertThat(RunnerDefaults.describe(RunnerDefaults.apply(new String[] {"--runner=FlinkRunner"}, 2, false)))
        .isEqualTo("[local], parallelism 2");
  }
}
