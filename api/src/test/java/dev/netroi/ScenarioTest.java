package dev.netroi;

import static dev.netroi.TestMoney.EUR;
import static dev.netroi.TestMoney.USD;
import static dev.netroi.TestMoney.eur;
import static dev.netroi.TestMoney.usd;
import static dev.netroi.reference.ReferenceArgument.aiEthernet;
import static dev.netroi.reference.ReferenceArgument.fleet;
import static dev.netroi.reference.ReferenceArgument.market;
import static dev.netroi.reference.ReferenceArgument.mixtralPricing;
import static dev.netroi.reference.ReferenceArgument.traditionalEthernet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.netroi.reference.ReferenceArgument;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Scenario")
class ScenarioTest {

  /** The reference analysis's mixtral scenario without its market facts, named "reference". */
  private static Scenario scenario() {
    Scenario mixtral = ReferenceArgument.mixtral();
    return Scenario.builder()
        .name("reference")
        .fleet(mixtral.fleet())
        .candidate(mixtral.candidate())
        .baseline(mixtral.baseline())
        .pricing(mixtral.pricing())
        .build();
  }

  /** A throughput model of the test's own, as a plug-in would bring. */
  record FixedThroughput(double factor) implements ThroughputModel {
    @Override
    public String name() {
      return "fixed " + factor;
    }

    @Override
    public String formula() {
      return "throughput factor = " + factor;
    }

    @Override
    public double throughputFactor(NetworkOption option, Scenario scenario) {
      return factor;
    }
  }

  /** Lifetime terms in USD, with no field at its default. */
  private static final Lifetime LIFETIME =
      Lifetime.builder()
          .horizonYears(5)
          .discountRate(0.08)
          .gpuLifeYears(4)
          .gpuResidualShare(0.1)
          .gpuWatts(1275)
          .pue(1.3)
          .electricityPricePerKwh(usd("0.08"))
          .hostingPricePerKwMonth(usd("150"))
          .firstYearRamp(0.5)
          .build();

  private static Scenario.Builder complete() {
    return Scenario.builder()
        .fleet(fleet())
        .candidate(aiEthernet())
        .baseline(traditionalEthernet())
        .pricing(mixtralPricing());
  }

  @Nested
  @DisplayName("builder")
  class Building {

    @Test
    void buildsWithDefaultsForNameYearMarketAndThroughputModel() {
      Scenario scenario = complete().build();

      assertThat(scenario.name()).isEqualTo("scenario");
      assertThat(scenario.fleet()).isEqualTo(fleet());
      assertThat(scenario.candidate()).isEqualTo(aiEthernet());
      assertThat(scenario.baseline()).isEqualTo(traditionalEthernet());
      assertThat(scenario.pricing()).isEqualTo(mixtralPricing());
      assertThat(scenario.yearBasis()).isEqualTo(YearBasis.DAYS_365);
      assertThat(scenario.market()).isEmpty();
      assertThat(scenario.throughputModel()).isEmpty();
      assertThat(scenario.lifetime()).isEmpty();
      assertThat(scenario.currency()).isEqualTo(USD);
    }

    @Test
    void keepsTheOptionalFields() {
      Scenario scenario =
          complete()
              .name("reference, 360-day year")
              .yearBasis(YearBasis.ofDays(360))
              .market(market())
              .throughputModel(new FixedThroughput(0.5))
              .lifetime(LIFETIME)
              .build();

      assertThat(scenario.name()).isEqualTo("reference, 360-day year");
      assertThat(scenario.yearBasis()).isEqualTo(YearBasis.ofDays(360));
      assertThat(scenario.market()).contains(market());
      assertThat(scenario.throughputModel()).contains(new FixedThroughput(0.5));
      assertThat(scenario.lifetime()).contains(LIFETIME);
    }

    @Test
    void ofIsTheBuilderWithDefaults() {
      assertThat(Scenario.of(fleet(), aiEthernet(), traditionalEthernet(), mixtralPricing()))
          .isEqualTo(complete().build());
    }

    @Test
    void namesTheFirstMissingRequiredField() {
      assertThatIllegalStateException()
          .isThrownBy(() -> Scenario.builder().build())
          .withMessage("Scenario.fleet was not set");
      assertThatIllegalStateException()
          .isThrownBy(() -> Scenario.builder().fleet(fleet()).build())
          .withMessage("Scenario.candidate was not set");
      assertThatIllegalStateException()
          .isThrownBy(() -> Scenario.builder().fleet(fleet()).candidate(aiEthernet()).build())
          .withMessage("Scenario.baseline was not set");
      assertThatIllegalStateException()
          .isThrownBy(
              () ->
                  Scenario.builder()
                      .fleet(fleet())
                      .candidate(aiEthernet())
                      .baseline(traditionalEthernet())
                      .build())
          .withMessage("Scenario.pricing was not set");
    }

    @Test
    void refusesNullsNamingTheField() {
      Scenario.Builder builder = Scenario.builder();

      assertThatNullPointerException()
          .isThrownBy(() -> builder.fleet(null))
          .withMessage("fleet must not be null");
      assertThatNullPointerException()
          .isThrownBy(() -> builder.candidate(null))
          .withMessage("candidate must not be null");
      assertThatNullPointerException()
          .isThrownBy(() -> builder.baseline(null))
          .withMessage("baseline must not be null");
      assertThatNullPointerException()
          .isThrownBy(() -> builder.pricing(null))
          .withMessage("pricing must not be null");
      assertThatNullPointerException()
          .isThrownBy(() -> builder.yearBasis(null))
          .withMessage("yearBasis must not be null");
      assertThatNullPointerException()
          .isThrownBy(() -> builder.market(null))
          .withMessage("market must not be null");
      assertThatNullPointerException()
          .isThrownBy(() -> builder.throughputModel(null))
          .withMessage("throughputModel must not be null");
      assertThatNullPointerException()
          .isThrownBy(() -> builder.lifetime(null))
          .withMessage("lifetime must not be null");
      assertThatNullPointerException()
          .isThrownBy(() -> builder.name(null))
          .withMessage("name must not be null");
    }

    @Test
    void refusesABlankName() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> Scenario.builder().name("  "))
          .withMessage("name must not be blank but was '  '");
    }
  }

  @Nested
  @DisplayName("refuses mixed currencies")
  class Currencies {

    @Test
    void inTheCandidatesCost() {
      assertThatThrownBy(
              () -> complete().candidate(aiEthernet().withAnnualCostPerGpu(eur("3900"))).build())
          .isInstanceOfSatisfying(
              CurrencyMismatchException.class,
              e -> {
                assertThat(e)
                    .hasMessage(
                        "Currencies differ: USD/EUR (candidate.annualCostPerGpu vs"
                            + " fleet.unitPrice)");
                assertThat(e.getExpected()).isEqualTo(USD);
                assertThat(e.getActual()).isEqualTo(EUR);
              });
    }

    @Test
    void inTheBaselinesCost() {
      assertThatThrownBy(
              () ->
                  complete()
                      .baseline(traditionalEthernet().withAnnualCostPerGpu(eur("3900")))
                      .build())
          .isInstanceOf(CurrencyMismatchException.class)
          .hasMessage("Currencies differ: USD/EUR (baseline.annualCostPerGpu vs fleet.unitPrice)");
    }

    @Test
    void inThePrice() {
      assertThatThrownBy(() -> complete().pricing(PricingModel.perGpuMinute(eur("0.27"))).build())
          .isInstanceOf(CurrencyMismatchException.class)
          .hasMessage("Currencies differ: USD/EUR (pricing.price vs fleet.unitPrice)");
      assertThatThrownBy(
              () -> scenario().withPricing(PricingModel.perMillionTokens(eur("0.27"), 2500)))
          .isInstanceOf(CurrencyMismatchException.class)
          .hasMessage("Currencies differ: USD/EUR (pricing.price vs fleet.unitPrice)");
    }

    @Test
    void inTheMarketFacts() {
      MarketSnapshot euroMarket =
          MarketSnapshot.builder()
              .label("euro")
              .networkRunRate(eur("1"))
              .activeGpus(1)
              .gpusSoldLastQuarter(1)
              .blendedAsp(eur("1"))
              .modelAsp("H100", eur("1"))
              .build();

      assertThatThrownBy(() -> complete().market(euroMarket).build())
          .isInstanceOf(CurrencyMismatchException.class)
          .hasMessage("Currencies differ: USD/EUR (market.networkRunRate vs fleet.unitPrice)");
    }

    @Test
    void inTheLifetimePrices() {
      Lifetime euros =
          LIFETIME.toBuilder()
              .electricityPricePerKwh(eur("0.08"))
              .hostingPricePerKwMonth(eur("150"))
              .build();

      assertThatThrownBy(() -> complete().lifetime(euros).build())
          .isInstanceOfSatisfying(
              CurrencyMismatchException.class,
              e -> {
                assertThat(e)
                    .hasMessage(
                        "Currencies differ: USD/EUR (lifetime.electricityPricePerKwh vs"
                            + " fleet.unitPrice)");
                assertThat(e.getExpected()).isEqualTo(USD);
                assertThat(e.getActual()).isEqualTo(EUR);
              });
    }

    @Test
    void notWhenEverythingIsInEuro() {
      Scenario scenario =
          Scenario.of(
              GpuFleet.of("H100", 8, eur("28000")),
              NetworkOption.of("A", Bandwidth.ofGbps(400), 0.9, eur("3000")),
              NetworkOption.of("B", Bandwidth.ofGbps(400), 0.6, eur("3000")),
              PricingModel.perGpuHour(eur("2")));

      assertThat(scenario.currency()).isEqualTo(EUR);
    }
  }

  @Nested
  @DisplayName("copies")
  class Copies {

    @Test
    void withNameChangesOnlyTheName() {
      Scenario renamed = scenario().withName("renamed");

      assertThat(renamed.name()).isEqualTo("renamed");
      assertThat(renamed).isNotEqualTo(scenario());
      assertThat(renamed.withName("reference")).isEqualTo(scenario());
    }

    @Test
    void withNameRefusesABlankName() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> scenario().withName(""))
          .withMessage("name must not be blank but was ''");
    }

    @Test
    void withPricingChangesOnlyThePricing() {
      PricingModel perToken = PricingModel.perMillionTokens(usd("0.27"), 2500);

      Scenario repriced = scenario().withPricing(perToken);

      assertThat(repriced.pricing()).isEqualTo(perToken);
      assertThat(repriced.toBuilder().pricing(mixtralPricing()).build()).isEqualTo(scenario());
    }

    @Test
    void toBuilderKeepsEveryField() {
      Scenario full =
          complete()
              .name("full")
              .yearBasis(YearBasis.ofDays(365.25))
              .market(market())
              .throughputModel(new FixedThroughput(0.8))
              .lifetime(LIFETIME)
              .build();

      assertThat(full.toBuilder().build()).isEqualTo(full).hasSameHashCodeAs(full);
      assertThat(full.toBuilder().build().lifetime()).contains(LIFETIME);
      assertThat(full.withName("renamed").lifetime()).contains(LIFETIME);
      assertThat(full.withPricing(PricingModel.perGpuMinute(usd("0.3"))).lifetime())
          .contains(LIFETIME);
    }
  }

  @Nested
  @DisplayName("equality")
  class Equality {

    @Test
    void everyFieldCounts() {
      Scenario base = complete().build();

      assertThat(base).isEqualTo(complete().build()).hasSameHashCodeAs(complete().build());
      assertThat(base).isNotEqualTo(complete().fleet(fleet().withCount(8)).build());
      assertThat(base).isNotEqualTo(complete().candidate(traditionalEthernet()).build());
      assertThat(base).isNotEqualTo(complete().baseline(aiEthernet()).build());
      assertThat(base)
          .isNotEqualTo(complete().pricing(PricingModel.perGpuMinute(usd("0.27"))).build());
      assertThat(base).isNotEqualTo(complete().yearBasis(YearBasis.ofDays(360)).build());
      assertThat(base).isNotEqualTo(complete().market(market()).build());
      assertThat(base).isNotEqualTo(complete().throughputModel(new FixedThroughput(1)).build());
      assertThat(base).isNotEqualTo(complete().lifetime(LIFETIME).build());
      assertThat(complete().lifetime(LIFETIME).build())
          .isEqualTo(complete().lifetime(LIFETIME.toBuilder().build()).build())
          .hasSameHashCodeAs(complete().lifetime(LIFETIME.toBuilder().build()).build())
          .isNotEqualTo(complete().lifetime(LIFETIME.withDiscountRate(0.1)).build())
          .doesNotHaveSameHashCodeAs(complete().lifetime(LIFETIME.withDiscountRate(0.1)).build());
      assertThat(base).isNotEqualTo(null);
    }
  }

  @Nested
  @DisplayName("toString")
  class Canonical {

    @Test
    void listsEveryInput() {
      assertThat(scenario())
          .hasToString(
              "Scenario[reference: GpuFleet[H100 x 1,024 @ USD 30000.00], candidate"
                  + " NetworkOption[AI Ethernet: 800 Gb/s x 0.95, USD 3900.00 per GPU-year],"
                  + " baseline NetworkOption[Traditional Ethernet: 800 Gb/s x 0.6, USD 3900.00 per"
                  + " GPU-year],"
                  + " PerGpuTime[USD 0.27 per GPU-minute, from USD 0.27 per million tokens],"
                  + " 365-day year]");
    }

    @Test
    void addsMarketFactsAndTheThroughputModelWhenPresent() {
      Scenario scenario =
          scenario().toBuilder().market(market()).throughputModel(new FixedThroughput(0.5)).build();

      assertThat(scenario.toString())
          .endsWith(", 365-day year, " + market() + ", throughput fixed 0.5]");
    }

    @Test
    void addsTheLifetimeTermsLastWhenPresent() {
      assertThat(scenario().toBuilder().lifetime(LIFETIME).build().toString())
          .endsWith(
              ", 365-day year, Lifetime[5 years at 8 %, GPUs 1275 W over 4 years to 0.1, PUE 1.3,"
                  + " USD 0.08 per kWh, hosting USD 150 per kW-month, year-1 ramp 0.5]]");
    }
  }

  @Test
  void roundTripsThroughJavaSerialisation() throws Exception {
    Scenario full =
        scenario().toBuilder().market(market()).throughputModel(new FixedThroughput(0.5)).build();

    assertThat(JavaSerialization.roundTrip(full)).isEqualTo(full);
  }

  @Test
  void roundTripsWithItsLifetimeTermsThroughJavaSerialisation() throws Exception {
    Scenario withLifetime = scenario().toBuilder().lifetime(LIFETIME).build();

    Object copy = JavaSerialization.roundTrip(withLifetime);

    assertThat(copy).isEqualTo(withLifetime);
    assertThat(((Scenario) copy).lifetime()).contains(LIFETIME);
  }
}
