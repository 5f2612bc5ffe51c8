//! The audit's corrections (issue 15), one test each, natively: every text
//! the widget can show, in every language, says what the sources say, and
//! none says what the audit found wrong.

use domain::cited::{cited, LONG_SERVICE_LIFE_HOURS, SERVICE_LIFE_HOURS};
use domain::corrections::CORRECTIONS;
use domain::facts::{FactId, Quote};
use domain::locale::{Locale, Tr};
use domain::messages::{M, PICTURE};
use domain::presets::{v3_share_of_fleet, Preset};
use domain::quantity::{Field, MICRO};

const FIELDS: [Field; 4] = [Field::Gpus, Field::RentPrice, Field::BuyPrice, Field::Hours];

/// Every translated text the widget can show.
fn texts() -> Vec<Tr> {
    let mut all: Vec<Tr> = M.all().into_iter().map(|(_, t)| t).collect();
    for p in Preset::ALL {
        all.extend([p.name(), p.landmark(), p.story()]);
    }
    for f in FIELDS {
        for c in cited(f) {
            all.extend([c.label, c.tick]);
            all.extend(c.derived);
        }
    }
    for id in FactId::ALL {
        if let Quote::Paraphrase(t) = id.fact().quote {
            all.push(t);
        }
    }
    all.extend(CORRECTIONS.iter().map(|c| c.text));
    all.extend([
        PICTURE.sources,
        PICTURE.open,
        PICTURE.card_scope_v3,
        PICTURE.card_scope_fleet,
        PICTURE.card_call,
    ]);
    all
}

/// Texts in `l`, leaving out the corrections log, which quotes old wording.
fn shown(l: Locale) -> Vec<&'static str> {
    let log: Vec<&str> = CORRECTIONS.iter().map(|c| c.text.get(l)).collect();
    texts()
        .iter()
        .map(|t| t.get(l))
        .filter(|s| !log.contains(s))
        .collect()
}

fn nowhere(l: Locale, wrong: &str) {
    for s in shown(l) {
        assert!(!s.contains(wrong), "{l:?} still says {wrong:?}: {s}");
    }
}

#[test]
fn item_1_the_share_line_says_what_it_computes_and_the_fleet_gets_the_v3_runs_share() {
    nowhere(Locale::En, "This run's share of that hardware");
    assert!(M
        .share
        .get(Locale::En)
        .contains("purchase price used up in these hours"));
    // $1.6B × 2,048 of 50,000 GPUs × 1,361.328125 of 35,064 hours ≈ $2.5M, not $62.1M.
    let den = 50_000 * 35_064 * u128::from(MICRO);
    let exact = (1_600_000_000u128 * 100 * 2_048 * 1_361_328_125 + den / 2) / den;
    assert_eq!(u128::from(v3_share_of_fleet()), exact);
    assert_eq!(v3_share_of_fleet().0 / 100 / 100_000, 25); // $2.5M
    for &l in Locale::ALL {
        assert_eq!(M.fleet_share.get(l).matches("{}").count(), 3, "{l:?}");
    }
}

#[test]
fn item_2_the_1_6b_leaves_out_staff_not_research_or_failed_runs() {
    nowhere(Locale::En, "Neither counts research");
    nowhere(Locale::It, "Nessuna delle due conta");
    nowhere(Locale::PtBr, "Nenhum conta pesquisa");
    nowhere(Locale::PtPt, "Nenhum conta investigação");
    // What they say instead: the $5.6M leaves the research out.
    for (l, research) in [
        (
            Locale::It,
            "Restano fuori la ricerca e gli esperimenti precedenti",
        ),
        (
            Locale::PtBr,
            "Ficam de fora a pesquisa e os experimentos anteriores",
        ),
        (
            Locale::PtPt,
            "Ficam de fora a investigação e as experiências anteriores",
        ),
    ] {
        assert!(M.leaves_body.get(l).contains(research), "{l:?}");
    }
    // Round two (issue 25, item 3): not only staff, but the $944M of operating costs too.
    let closing = M.story_closing.get(Locale::En);
    assert!(
        closing.contains("the ~$1.6B is server capex only, without the $944M"),
        "{closing}"
    );
    assert!(M
        .leaves_body
        .get(Locale::En)
        .contains("it leaves out the $944M SemiAnalysis puts on operating the clusters"));
}

#[test]
fn item_4_the_32000_is_derived_not_semianalysiss_price() {
    nowhere(Locale::En, "average price per GPU");
    let c = cited(Field::BuyPrice)
        .iter()
        .find(|c| c.value == 32_000)
        .unwrap();
    assert!(c
        .derived
        .unwrap()
        .get(Locale::En)
        .contains("$1.6B ÷ 50,000 GPUs = $32,000 per GPU (derived, server-inclusive)"));
    assert!(c
        .label
        .get(Locale::En)
        .contains("gives no single price per GPU"));
    let fleet = Preset::Fleet.story().get(Locale::En);
    assert!(
        fleet.contains("A100s included") && fleet.contains("SA-09"),
        "{fleet}"
    );
}

#[test]
fn item_5_the_service_life_is_an_assumption_cited_to_a_01_with_six_years_shown() {
    let life = cited(Field::Hours)
        .iter()
        .find(|c| c.value == SERVICE_LIFE_HOURS * MICRO)
        .unwrap();
    assert_eq!(life.facts, &[FactId::A_01]);
    assert!(life.tick.get(Locale::En).contains("assumed"));
    assert!(life.label.get(Locale::En).contains("our assumption"));
    assert!(M.share.get(Locale::En).contains("assumed 4-year"));
    assert!(M.share_hours.get(Locale::En).contains("over 6 years"));
    assert_eq!(LONG_SERVICE_LIFE_HOURS, 6 * 36_525 * 24 / 100);
}

#[test]
fn item_6_both_numbers_can_be_right_not_both_real() {
    for (l, wrong) in [
        (Locale::En, "Both numbers are real"),
        (Locale::It, "sono vere"),
        (Locale::PtBr, "são reais"),
        (Locale::PtPt, "são verdadeiros"),
    ] {
        nowhere(l, wrong);
    }
    // What they say instead: both can be right.
    for (l, right) in [
        (Locale::En, "see how both can be right"),
        (Locale::It, "possono essere giuste entrambe"),
        (Locale::PtBr, "os dois podem estar certos"),
        (Locale::PtPt, "os dois podem estar certos"),
    ] {
        somewhere(l, right);
    }
    let head = domain::pages::head(Locale::En, None);
    assert!(!head.contains("both real") && head.contains("can both be right"));
    assert!(!include_str!("../Cargo.toml").contains("both real"));
}

#[test]
fn item_7_llama_names_its_gpu_hours() {
    assert!(M.compare_llama.get(Locale::En).contains("30.84M GPU-h"));
    nowhere(Locale::En, "Llama 3.1 405B at your price");
}

#[test]
fn item_8_the_1_6b_is_an_estimate_of_server_capex() {
    nowhere(Locale::En, "purchase price of a whole fleet");
    assert!(M
        .leaves_body
        .get(Locale::En)
        .contains("SemiAnalysis's estimate of the server capex"));
}

#[test]
fn item_9_deepseek_owns_its_gpus_the_run_is_priced_as_if_rented() {
    nowhere(Locale::En, "renting GPUs for one training run");
    nowhere(Locale::En, "a single rented run");
    assert!(M
        .lede_rent
        .get(Locale::En)
        .contains("priced as if its GPUs were rented"));
}

#[test]
fn item_11_buying_does_not_multiply_by_hours() {
    nowhere(Locale::En, "Both use the same sum");
    assert!(M
        .story_closing
        .get(Locale::En)
        .starts_with("Renting multiplies GPUs × price × hours; buying, GPUs × price."));
}

#[test]
fn item_12_80_hours_is_r1s_training_phase() {
    nowhere(Locale::En, "final RL stage");
    let c = cited(Field::Hours)
        .iter()
        .find(|c| c.value == 80 * MICRO)
        .unwrap();
    assert!(c
        .label
        .get(Locale::En)
        .contains("training phase of DeepSeek-R1"));
}

#[test]
fn item_13_r1_names_the_parts_of_its_294k() {
    let r1 = Preset::R1.story().get(Locale::En);
    assert!(
        r1.contains("$202K") && r1.contains("$10K") && r1.contains("$82K"),
        "{r1}"
    );
}

#[test]
fn item_14_the_aws_price_has_its_date_and_the_later_cut() {
    let s = Preset::Hyperscaler.story().get(Locale::En);
    assert!(s.contains("17 Mar 2025") && s.contains("up to 45%"), "{s}");
    assert!(Preset::Hyperscaler.sources().contains(&FactId::P_14));
}

#[test]
fn item_15_and_16_buying_v3s_gpus_is_derived_from_p_05() {
    assert!(!Preset::BuyV3.total_is_cited());
    assert!(
        Preset::Fleet.total_is_cited(),
        "the track tags only our arithmetic"
    );
    assert!(Preset::BuyV3.sources().contains(&FactId::P_05));
    // D-01 has no URL in FACTS.md: it is not presented as a source.
    assert!(FactId::ALL.iter().all(|f| f.fact().row != "D-01"));
}

#[test]
fn item_17_the_fleet_is_according_to_semianalysis_not_its_own() {
    for (l, wrong) in [
        (Locale::It, "Flotta di SemiAnalysis"),
        (Locale::PtBr, "Frota da SemiAnalysis"),
        (Locale::PtPt, "Frota da SemiAnalysis"),
    ] {
        nowhere(l, wrong);
    }
    assert!(Preset::Fleet
        .name()
        .get(Locale::It)
        .contains("secondo SemiAnalysis"));
    assert!(Preset::Fleet
        .name()
        .get(Locale::PtBr)
        .contains("segundo a SemiAnalysis"));
}

#[test]
fn items_18_to_20_portuguese_wording() {
    for l in [Locale::PtBr, Locale::PtPt] {
        nowhere(l, "as 2,788 milhões");
    }
    nowhere(Locale::PtPt, "comprada para anos");
    nowhere(Locale::PtPt, "fundo de investimento");
    // What they say instead.
    for l in [Locale::PtBr, Locale::PtPt] {
        assert!(
            Preset::V3
                .story()
                .get(l)
                .contains("os 2,788 milhões de horas-GPU"),
            "{l:?}"
        );
    }
    assert!(Preset::Fleet
        .story()
        .get(Locale::PtPt)
        .contains("partilhadas com um hedge fund"));
    assert!(M
        .fallback_why
        .get(Locale::PtPt)
        .contains("frota usada durante anos"));
}

#[test]
fn item_21_numbers_in_prose_follow_intl_grouping() {
    // Intl groups four-digit numbers in en and pt-BR ("2,048", "2.048") but
    // not in it or pt-PT ("2048").
    let grouped4 = |s: &str, sep: char| {
        let c: Vec<char> = s.chars().collect();
        (0..c.len().saturating_sub(4)).any(|i| {
            c[i].is_ascii_digit()
                && c[i + 1] == sep
                && c[i + 2..i + 5].iter().all(char::is_ascii_digit)
                && (i == 0 || !(c[i - 1].is_ascii_digit() || matches!(c[i - 1], '.' | ',')))
                && c.get(i + 5)
                    .is_none_or(|n| !n.is_ascii_digit() && *n != sep || *n == ',' && sep == '.')
        })
    };
    assert!(grouped4("Comprare le 2.048 H800", '.') && !grouped4("50.000 GPU", '.'));
    assert!(!grouped4("Llama 3.1 405B", ' ') && !grouped4("50 000 GPU", ' '));
    for s in shown(Locale::It) {
        assert!(!grouped4(s, '.'), "Italian writes 2048, not 2.048: {s}");
    }
    for s in shown(Locale::PtPt) {
        assert!(
            !grouped4(s, ' ') && !grouped4(s, '.'),
            "European Portuguese writes 2048: {s}"
        );
    }
}

#[test]
fn every_cited_value_cites_a_row_its_one_line_citation_can_link() {
    for f in FIELDS {
        for c in cited(f) {
            assert!(!c.facts.is_empty(), "{f:?} {} cites no row", c.value);
        }
    }
}

#[test]
fn item_22_tick_labels_speak_the_readers_language() {
    let tick =
        |f: Field, v: u64, l: Locale| cited(f).iter().find(|c| c.value == v).unwrap().tick.get(l);
    assert_eq!(tick(Field::RentPrice, 800, Locale::It), "Picco");
    assert_eq!(tick(Field::RentPrice, 200, Locale::PtBr), "US$ 2");
    assert_eq!(tick(Field::Gpus, 50_000, Locale::PtPt), "Frota");
    assert_eq!(
        tick(Field::Hours, SERVICE_LIFE_HOURS * MICRO, Locale::It),
        "4 anni (ipotesi)"
    );
}

// Round two of the audit (issue 25).

/// Some text the widget shows in `l` contains `right`.
fn somewhere(l: Locale, right: &str) {
    assert!(
        shown(l).iter().any(|s| s.contains(right)),
        "{l:?} never says {right:?}"
    );
}

#[test]
fn round_2_item_8_the_h800_price_is_a_resellers_listing_not_a_list_price() {
    for (l, wrong, right) in [
        (Locale::En, "at list price", "reseller"),
        (Locale::It, "prezzo di listino di una H800", "rivenditore"),
        (Locale::PtBr, "preço de tabela de uma H800", "revendedor"),
        (Locale::PtPt, "preço de tabela de uma H800", "revendedor"),
    ] {
        nowhere(l, wrong);
        somewhere(l, right);
        assert!(Preset::BuyV3.story().get(l).contains(right), "{l:?}");
    }
    nowhere(Locale::En, "list price of an H800");
    assert!(FactId::P_05.fact().title.contains("listed by resellers"));
    assert!(!FactId::P_05.fact().title.contains("list prices"));
}

#[test]
fn round_2_item_12_57_days_is_said_as_the_assumption_it_is() {
    for (l, condition) in [
        (Locale::En, "if every stage ran on all 2,048 GPUs"),
        (Locale::It, "se ogni fase avesse usato tutte le 2048 GPU"),
        (
            Locale::PtBr,
            "se todas as etapas tivessem usado as 2.048 GPUs",
        ),
        (
            Locale::PtPt,
            "se todas as etapas tivessem usado as 2048 GPU",
        ),
    ] {
        // Wherever the 57 days are the run's duration, the condition follows.
        for s in shown(l)
            .iter()
            .filter(|s| s.contains("57 ") && s.contains("2"))
        {
            let about_the_run = s.contains("2,788,000")
                || s.contains("2.788.000")
                || s.contains("2 788 000")
                || s.contains("H800");
            if about_the_run {
                assert!(s.contains(condition), "{l:?}: {s}");
            }
        }
        somewhere(l, condition);
    }
}

#[test]
fn round_2_item_9_the_example_articles_call_the_rent_equivalent_what_it_is() {
    let it = include_str!("../../examples/it-article.html");
    assert!(!it.contains("è costato 5,576 milioni"));
    assert!(it.contains("come se i suoi 2,788 milioni di ore-GPU fossero stati noleggiati"));
    let pt = include_str!("../../examples/pt-article.html");
    assert!(!pt.contains("custou US$ 5,576 milhões"));
    assert!(pt.contains("como se seus 2,788 milhões de horas-GPU tivessem sido alugados"));
}

#[test]
fn round_2_item_1_the_fleets_low_end_is_the_corrected_1_4b() {
    use domain::uncertainty::band;
    use domain::units::Cents;
    let (low, high) = band(&Preset::Fleet.inputs());
    assert_eq!(
        low,
        Cents::from_dollars(1_400_000_000),
        "$28,000 a GPU, SA-09"
    );
    assert_eq!(high, Cents::from_dollars(1_600_000_000));
}

#[test]
fn round_2_item_2_no_exactly_beside_an_estimate() {
    use domain::numerals::Numerals;
    use domain::presets::exact_line;
    for &l in Locale::ALL {
        let t = Numerals::localizer(l);
        let fleet = exact_line(t, &Preset::Fleet.inputs());
        let exactly = M.exactly.get(l).replace("{}", "").trim().to_string();
        assert!(!fleet.contains(&exactly), "{l:?}: {fleet}");
        assert!(fleet.contains("SemiAnalysis"), "{l:?}: {fleet}");
        // Our own arithmetic on cited inputs stays exact.
        assert!(
            exact_line(t, &Preset::V3.inputs()).contains(&exactly),
            "{l:?}"
        );
    }
    assert_eq!(
        exact_line(Numerals::localizer(Locale::En), &Preset::Fleet.inputs()),
        "= 50,000 GPUs × $32,000: SemiAnalysis's estimate"
    );
}

#[test]
fn round_2_item_3_the_1_6b_is_server_capex_only_without_the_944m() {
    for (l, opex) in [
        (Locale::En, "$944M"),
        (Locale::It, "944 milioni"),
        (Locale::PtBr, "US$ 944 milhões"),
        (Locale::PtPt, "944 milhões"),
    ] {
        assert!(M.leaves_body.get(l).contains(opex), "{l:?}");
        assert!(M.story_closing.get(l).contains(opex), "{l:?}");
        assert!(M.leaves_body.get(l).contains("SA-04"), "{l:?}");
    }
    nowhere(Locale::It, "L'1,6 miliardi");
    nowhere(Locale::It, "l'1,6 miliardi");
}

#[test]
fn round_2_item_4_only_semianalysiss_article_gives_no_price_per_gpu() {
    nowhere(Locale::En, "SemiAnalysis gives no price per GPU");
    nowhere(Locale::It, "SemiAnalysis non dà un prezzo per GPU");
    nowhere(Locale::PtBr, "a SemiAnalysis não dá um preço por GPU");
    let c = cited(Field::BuyPrice)
        .iter()
        .find(|c| c.value == 32_000)
        .unwrap();
    for &l in Locale::ALL {
        assert!(
            c.label.get(l).contains("SA-09"),
            "{l:?}: the chart's per-GPU rows"
        );
    }
    assert!(c
        .label
        .en()
        .contains("its article gives no single price per GPU"));
}

#[test]
fn round_2_item_10_llamas_30_84m_cites_the_405b_row_not_the_familys_sentence() {
    let Quote::Paraphrase(q) = FactId::O_03.fact().quote else {
        panic!("O-03 quotes the family's 39.3M sentence");
    };
    assert!(q.en().contains("Llama 3.1 405B, 30.84M"), "{}", q.en());
}

#[test]
fn round_2_item_7_buying_v3s_gpus_starts_at_a_comparable_chips_price() {
    use domain::uncertainty::band;
    use domain::units::Cents;
    // 2,048 × $25,000 (P-01's low for an H100), not × $12,000 (an H20, P-08).
    let (low, high) = band(&Preset::BuyV3.inputs());
    assert_eq!(low, Cents::from_dollars(51_200_000));
    assert_eq!(high, Cents::from_dollars(2_048 * 44_750));
}

#[test]
fn round_2_items_13_to_15_the_bridge_and_the_headline_say_what_they_compute() {
    use domain::presets::total_label;
    // 13: the shown factors multiply to ×286.8; the ×286.9 is from exact values.
    assert!(M
        .bridge_derived
        .en()
        .contains("the rounded factors shown multiply to ×286.8"));
    // 14: hours are no factor of a purchase.
    for &l in Locale::ALL {
        for m in [M.bridge_driver_gpus_buy, M.bridge_driver_price_buy] {
            let s = m.get(l);
            assert!(
                !s.contains("price and hours")
                    && !s.contains("prezzo e ore")
                    && !s.contains("preço e horas")
                    && !s.contains("preço e das horas"),
                "{l:?}: {s}"
            );
        }
    }
    // 15: the fleet's $1.6B is servers, not GPUs alone.
    assert_eq!(total_label(&Preset::Fleet.inputs()), M.total_servers);
    assert_eq!(total_label(&Preset::BuyV3.inputs()), M.total_buy);
    assert_eq!(total_label(&Preset::V3.inputs()), M.total_rent);
}

#[test]
fn round_2_items_16_to_18_native_editors_nits() {
    // 16: no article before a percentage; "con ... si noleggiano".
    nowhere(Locale::It, "e il {} degli");
    nowhere(Locale::It, "pagano");
    assert!(M.claim_rent.get(Locale::It).contains("si noleggiano"));
    // 17: pt-PT's chart says "O seu cenário"; the service life is presumed;
    // «1,6 mil milhões», not "1,6 mM", in European quotation marks.
    assert_eq!(M.you.get(Locale::PtPt), "O seu cenário");
    for l in [Locale::PtBr, Locale::PtPt] {
        nowhere(l, "vida útil suposta");
        nowhere(l, "vida útil assumida");
        somewhere(l, "vida útil presumida");
    }
    nowhere(Locale::PtPt, "1,6 mM");
    assert!(Preset::Fleet
        .landmark()
        .get(Locale::PtPt)
        .contains("\u{ab}1,6 mil milhões\u{bb}"));
    // 18: "according to SemiAnalysis", not "SemiAnalysis fleet".
    nowhere(Locale::En, "SemiAnalysis fleet");
    assert_eq!(
        Preset::Fleet.name().en(),
        "Fleet, according to SemiAnalysis"
    );
}

#[test]
fn round_2_item_19_dates_and_cautions_speak_the_readers_language() {
    use domain::numerals::Numerals;
    let v3 = FactId::V3_08.fact().date;
    assert_eq!(v3.line(Numerals::localizer(Locale::It)), "27 dic 2024");
    assert_eq!(
        v3.full(Numerals::localizer(Locale::PtBr)),
        "27 de dez. de 2024 (v2 18 de fev. de 2025)"
    );
    assert_eq!(v3.line(Numerals::localizer(Locale::PtPt)), "27/12/2024");
    for l in [Locale::It, Locale::PtBr, Locale::PtPt] {
        let t = Numerals::localizer(l);
        for id in FactId::ALL {
            let d = id.fact().date.full(t);
            for english in [
                "Jan", "Feb", "Dec", "Aug", "Sep", "Oct", "June", "early", "snapshot",
            ] {
                assert!(!d.contains(english), "{l:?} {id:?}: {d}");
            }
        }
    }
    // "(low confidence)" is a note of ours, in the reader's language.
    let sa09 = FactId::SA_09.fact();
    assert!(!sa09.title.contains("low confidence"));
    assert_eq!(
        sa09.caution().map(|c| c.get(Locale::It)),
        Some("affidabilità bassa")
    );
}

#[test]
fn round_2_item_11_r1s_80_hours_are_quoted_where_the_paper_gives_them() {
    let c = cited(Field::Hours)
        .iter()
        .find(|c| c.value == 80 * MICRO)
        .unwrap();
    let Quote::Exact(q) = c.facts[0].fact().quote else {
        panic!("a verbatim quote");
    };
    assert!(q.contains("roughly 80 hours"), "{q}");
    assert_eq!(c.facts[0].fact().row, "R1-02");
}

#[test]
fn round_2_item_12_the_bridge_and_the_story_say_57_days_with_their_condition() {
    for (l, condition) in [
        (Locale::En, "if every stage ran on all 2,048 GPUs"),
        (Locale::It, "se ogni fase avesse usato tutte le 2048 GPU"),
        (
            Locale::PtBr,
            "se todas as etapas tivessem usado as 2.048 GPUs",
        ),
        (
            Locale::PtPt,
            "se todas as etapas tivessem usado as 2048 GPU",
        ),
    ] {
        assert!(M.bridge_buy.get(l).contains(condition), "{l:?}");
        assert!(M.story_closing.get(l).contains(condition), "{l:?}");
    }
}
