//! The classroom: a guided story through the presets, presenter mode and
//! "predict first". Pure: the shell draws it and turns keys into actions.

use super::bridge::factors;
use super::facts::FactId;
use super::inputs::Inputs;
use super::locale::{tr, Tr};
use super::messages::M;
use super::presets::Preset;
use super::quantity::Field;
use super::text::{Localizer, Num};
use super::units::{Cents, Ratio};

/// One step of the story: a scenario, or the closing step that relates the
/// two headline numbers (shown on the fleet's inputs, with the bridge).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    Scenario(Preset),
    Closing,
}

/// The story, in the order a class walks it.
pub const STORY: [Step; 6] = [
    Step::Scenario(Preset::V3),
    Step::Scenario(Preset::R1),
    Step::Scenario(Preset::Hyperscaler),
    Step::Scenario(Preset::BuyV3),
    Step::Scenario(Preset::Fleet),
    Step::Closing,
];

/// The last index of `STORY`.
pub const LAST: u8 = STORY.len() as u8 - 1;

impl Step {
    pub fn at(index: u8) -> Step {
        STORY[index.min(LAST) as usize]
    }

    pub fn inputs(self) -> Inputs {
        match self {
            Step::Scenario(p) => p.inputs(),
            Step::Closing => Preset::Fleet.inputs(),
        }
    }

    pub const fn title(self) -> Tr {
        match self {
            Step::Scenario(p) => p.name(),
            Step::Closing => M.story_closing_title,
        }
    }

    /// The closing step's paragraph has numbers in it: the shell fills it.
    pub const fn body(self) -> Option<Tr> {
        match self {
            Step::Scenario(p) => Some(p.story()),
            Step::Closing => None,
        }
    }

    pub fn facts(self) -> &'static [FactId] {
        match self {
            Step::Scenario(p) => p.sources(),
            Step::Closing => CLOSING_FACTS,
        }
    }
}

/// The bridge's two steps' rows, in order, without repeats.
const CLOSING_FACTS: &[FactId] = &[
    FactId::V3_06,
    FactId::SA_01,
    FactId::V3_08,
    FactId::SA_04,
    FactId::V3_05,
];

/// Presenter mode, the story's step and "predict first". All but the guess
/// are kept in the URL (`present=1`, `step=`, `predict=1`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Classroom {
    pub present: bool,
    /// The story's step (an index into `classroom::STORY`), once started.
    pub step: Option<u8>,
    /// The step the reader left the story at by changing an input (a
    /// preset, Reset, a slider, a box): the way back to it. Not in the URL.
    pub left: Option<u8>,
    pub predict: bool,
    pub guess: Option<Cents>,
}

impl Classroom {
    /// True while the total must stay hidden: predicting, with no guess yet.
    pub fn hides_total(&self) -> bool {
        self.predict && self.guess.is_none()
    }

    /// After an input action: one that `changed` the inputs ends the story,
    /// whose card would otherwise stand above numbers no longer its own. The
    /// step is kept as the way back.
    pub fn on_input(self, changed: bool) -> Classroom {
        if !changed {
            return self;
        }
        Classroom {
            step: None,
            left: self.step.or(self.left),
            ..self
        }
    }
}

/// `step=` counts from 1 for people; anything else is ignored.
pub fn parse_step(value: &str) -> Option<u8> {
    match value.parse::<u8>() {
        Ok(n @ 1..=6) => Some(n - 1),
        _ => None,
    }
}

/// How far a guess was from the answer: the larger over the smaller, in
/// which way.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Verdict {
    pub times: Ratio,
    pub direction: Direction,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    TooLow,
    Exact,
    TooHigh,
}

pub fn verdict(guess: Cents, answer: Cents) -> Verdict {
    let (g, a) = (u128::from(guess.0.max(1)), u128::from(answer.0.max(1)));
    let direction = match g.cmp(&a) {
        std::cmp::Ordering::Less => Direction::TooLow,
        std::cmp::Ordering::Equal => Direction::Exact,
        std::cmp::Ordering::Greater => Direction::TooHigh,
    };
    let times = if g >= a {
        Ratio::of(g, a)
    } else {
        Ratio::of(a, g)
    };
    Verdict { times, direction }
}

// The worksheet's questions and answers: not in `M`, whose every text is
// in every page's wasm; only the worksheet's module calls `worksheet`.
const Q1: Tr = tr!(
    "Which two inputs change between DeepSeek's {} and SemiAnalysis's ~{}?",
    "Quali due valori cambiano tra i {} di DeepSeek e i circa {} di SemiAnalysis?",
    "Quais dois valores mudam entre os {} da DeepSeek e o cerca de {} da SemiAnalysis?",
    "Que dois valores mudam entre os {} da DeepSeek e os cerca de {} da SemiAnalysis?",
    "¿Qué dos datos cambian entre los {} de DeepSeek y los ~{} de SemiAnalysis?",
    "Quelles deux données changent des {} de DeepSeek aux ~{} de SemiAnalysis\u{202f}?",
    "Welche zwei Eingaben ändern sich zwischen DeepSeeks {} und den ~{} von SemiAnalysis?",
);
const A1: Tr = tr!(
    "The GPU count, from {} to {} (×{}), and the price: buying each GPU instead of renting it for the run (×{}). Both factors are our arithmetic on the cited figures.",
    "Il numero di GPU, da {} a {} (×{}), e il prezzo: comprare ogni GPU invece di noleggiarla per l'addestramento (×{}). Entrambi i fattori sono un nostro calcolo sulle cifre citate.",
    "O número de GPUs, de {} para {} (×{}), e o preço: comprar cada GPU em vez de alugá-la para o treinamento (×{}). Os dois fatores são um cálculo nosso sobre os números citados.",
    "O número de GPU, de {} para {} (×{}), e o preço: comprar cada GPU em vez de a alugar para o treino (×{}). Os dois fatores são um cálculo nosso sobre os números citados.",
    "El número de GPU, de {} a {} (×{}), y el precio: comprar cada GPU en vez de alquilarla para el entrenamiento (×{}). Ambos factores son cálculo nuestro sobre las cifras citadas.",
    "Le nombre de GPU, de {} à {} (×{}), et le prix\u{202f}: acheter chaque GPU au lieu de le louer pour l'entraînement (×{}). Deux facteurs calculés par nous sur les chiffres cités.",
    "Die GPU-Zahl, von {} auf {} (×{}), und der Preis: Kauf jeder GPU statt Miete für den Lauf (×{}). Beide Faktoren haben wir aus den zitierten Zahlen berechnet.",
);
const Q2: Tr = tr!(
    "Is {} what V3 cost DeepSeek? Name two costs it leaves out.",
    "I {} sono quanto è costato V3 a DeepSeek? Indica due costi che lasciano fuori.",
    "Os {} são quanto o V3 custou à DeepSeek? Cite dois custos que ficam de fora.",
    "Os {} são o que o V3 custou à DeepSeek? Indique dois custos que ficam de fora.",
    "¿Son los {} lo que le costó V3 a DeepSeek? Nombra dos costes que dejan fuera.",
    "V3 a-t-il coûté {} à DeepSeek\u{202f}? Citez deux coûts non inclus.",
    "Hat V3 DeepSeek {} gekostet? Nenne zwei Posten, die darin fehlen.",
);
const A2: Tr = tr!(
    "No. It is one training run, priced as if its GPUs were rented at {}. It leaves out research, failed runs, staff and buying the GPUs.",
    "No. Sono un solo addestramento, valutato come se le GPU fossero noleggiate a {}. Lasciano fuori ricerca, tentativi falliti, personale e l'acquisto delle GPU.",
    "Não. São um único treinamento, avaliado como se as GPUs fossem alugadas a {}. Ficam de fora pesquisa, tentativas fracassadas, equipe e a compra das GPUs.",
    "Não. São um único treino, avaliado como se as GPU fossem alugadas a {}. Ficam de fora investigação, tentativas falhadas, pessoal e a compra das GPU.",
    "No. Son un solo entrenamiento, valorado como si sus GPU se alquilaran a {}. Omiten investigación, entrenamientos fallidos, personal y compra de GPU.",
    "Non. Un seul entraînement, chiffré comme si ses GPU étaient loués à {}, hors recherche, entraînements ratés, personnel et achat des GPU.",
    "Nein. Es ist ein einziger Trainingslauf, bewertet, als wären seine GPUs für {} gemietet. Forschung, gescheiterte Läufe, Personal und der Kauf der GPUs fehlen.",
);
const Q3: Tr = tr!(
    "The same run at AWS's on-demand H100 price: what does it cost, and which of the two prices is an assumption?",
    "Lo stesso addestramento al prezzo on demand di una H100 su AWS: quanto costa, e quale dei due prezzi è un'ipotesi?",
    "O mesmo treinamento ao preço sob demanda da H100 na AWS: quanto custa, e qual dos dois preços é uma suposição?",
    "O mesmo treino ao preço a pedido da H100 na AWS: quanto custa, e qual dos dois preços é um pressuposto?",
    "El mismo entrenamiento al precio bajo demanda de la H100 en AWS: ¿cuánto cuesta y cuál de los dos precios es un supuesto?",
    "Même entraînement au prix à la demande d'AWS pour un H100\u{202f}: quel coût\u{202f}? Lequel des deux prix est une hypothèse\u{202f}?",
    "Derselbe Lauf zum Abrufpreis der H100 bei AWS: Was kostet er, und welcher der beiden Preise ist eine Annahme?",
);
const A3: Tr = tr!(
    "{}: the same GPU-hours at {} instead of {}. DeepSeek's {} is its own assumption; {} is AWS's list price for an H100 (a P5 instance's, divided by 8) on {}.",
    "{}: le stesse ore-GPU a {} invece di {}. I {} sono un'ipotesi di DeepSeek; {} è il prezzo di listino AWS per una H100 (quello di un'istanza P5 diviso 8) al {}.",
    "{}: as mesmas horas-GPU a {} em vez de {}. Os {} são uma suposição da DeepSeek; {} é o preço de tabela da AWS para uma H100 (o de uma instância P5 dividido por 8) em {}.",
    "{}: as mesmas horas-GPU a {} em vez de {}. Os {} são um pressuposto da DeepSeek; {} é o preço de tabela da AWS para uma H100 (o de uma instância P5 a dividir por 8) em {}.",
    "{}: las mismas horas-GPU a {} y no a {}. Los {} son un supuesto de DeepSeek; {} es el precio de lista de una H100 en AWS (una instancia P5 entre 8) el {}.",
    "{}\u{202f}: les mêmes heures-GPU à {} au lieu de {}. Les {} sont une hypothèse de DeepSeek\u{202f}; {} est le prix catalogue AWS d'un H100 (prix d'une instance P5 ÷ 8) au {}.",
    "{}: dieselben GPU-Stunden zu {} statt {}. Die {} sind DeepSeeks eigene Annahme; {} ist der AWS-Listenpreis einer H100 (P5-Instanz ÷ 8) am {}.",
);

/// The worksheet's three questions, each with its answer (printed on the
/// teacher's copy only). Their numbers are the presets', the bridge's
/// factors and the AWS price's row, written as the rest of the widget
/// writes them.
pub fn worksheet(t: Localizer) -> [(String, String); 3] {
    let [gpus, buying] = factors();
    let (v3, fleet, aws) = (
        Preset::V3.inputs(),
        Preset::Fleet.inputs(),
        Preset::Hyperscaler.inputs(),
    );
    let price = |i: &Inputs| t.fmt.format(Num::Price(i.rent()));
    let (run, two, list) = (t.money_compact(v3.total()), price(&v3), price(&aws));
    [
        (
            t.fill(Q1, &[&run, &t.money_compact(fleet.total())]),
            t.fill(
                A1,
                &[
                    &t.count(v3.gpus()),
                    &t.count(fleet.gpus()),
                    &t.factor(gpus.factor),
                    &t.factor(buying.factor),
                ],
            ),
        ),
        (
            t.fill(Q2, &[&run]),
            t.fill(A2, &[&t.with_unit(Field::RentPrice, v3.rent().0)]),
        ),
        (
            t.t(Q3).to_string(),
            t.fill(
                A3,
                &[
                    &t.money_compact(aws.total()),
                    &list,
                    &two,
                    &two,
                    &list,
                    &FactId::P_11.fact().date.line(t),
                ],
            ),
        ),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_story_walks_the_five_presets_then_closes_on_the_fleet() {
        let presets: Vec<Preset> = STORY
            .iter()
            .filter_map(|s| match s {
                Step::Scenario(p) => Some(*p),
                Step::Closing => None,
            })
            .collect();
        assert_eq!(presets, Preset::ALL);
        assert_eq!(Step::at(LAST), Step::Closing);
        assert_eq!(Step::Closing.inputs().total(), Cents(160_000_000_000));
        assert_eq!(Step::at(200), Step::Closing, "indexes clamp");
        for s in STORY {
            assert!(!s.facts().is_empty(), "{s:?} cites its sources");
        }
    }

    #[test]
    fn step_numbers_count_from_one() {
        assert_eq!(parse_step("1"), Some(0));
        assert_eq!(parse_step("6"), Some(5));
        for bad in ["0", "7", "-1", "", "2.5", "x", "999"] {
            assert_eq!(parse_step(bad), None, "{bad}");
        }
    }

    #[test]
    fn a_verdict_says_how_many_times_off_and_which_way() {
        let six_m = 600_000_000;
        let answer = 557_600_000;
        let v = verdict(Cents(six_m), Cents(answer));
        assert_eq!(v.direction, Direction::TooHigh);
        assert_eq!(v.times.ten_thousandths(), 10_760);
        let v = verdict(Cents(160_000_000_000), Cents(16_000_000_000));
        assert_eq!(
            (v.times.ten_thousandths(), v.direction),
            (100_000, Direction::TooHigh)
        );
        assert_eq!(verdict(Cents(5), Cents(5)).direction, Direction::Exact);
        assert_eq!(
            verdict(Cents(0), Cents(0)).times.ten_thousandths(),
            10_000,
            "no division by zero"
        );
        assert_eq!(
            verdict(Cents(u64::MAX), Cents(1)).direction,
            Direction::TooHigh
        );
    }
    #[test]
    fn the_worksheet_asks_three_questions_whose_answers_are_the_widgets_numbers() {
        use crate::numerals::Numerals;
        let en = worksheet(Numerals::localizer(crate::locale::Locale::En));
        assert_eq!(
            en[0].0,
            "Which two inputs change between DeepSeek's $5.58 million and SemiAnalysis's ~$1.6 billion?"
        );
        assert!(
            en[0]
                .1
                .starts_with("The GPU count, from 2,048 to 50,000 (×24.41)"),
            "{}",
            en[0].1
        );
        assert!(en[0].1.contains("(×11.75)") && en[0].1.contains("our arithmetic"));
        assert!(
            en[1].1.contains("rented at $2.00 per GPU-hour"),
            "{}",
            en[1].1
        );
        assert!(
            en[2]
                .1
                .starts_with("$34.3 million: the same GPU-hours at $12.29 instead of $2.00."),
            "{}",
            en[2].1
        );
        assert!(
            en[2].1.contains("assumption") && en[2].1.ends_with("on Mar 17, 2025."),
            "{}",
            en[2].1
        );
        for &l in crate::locale::Locale::ALL {
            for (q, a) in worksheet(Numerals::localizer(l)) {
                assert!(
                    q.contains('?') && !q.contains("{}") && !a.contains("{}"),
                    "{l:?}: {q} {a}"
                );
            }
        }
        for tr in [Q1, A1, Q2, A2, Q3, A3] {
            let slots = tr.en().matches("{}").count();
            assert!(
                tr.all().iter().all(|s| s.matches("{}").count() == slots),
                "{:?}",
                tr.en()
            );
        }
        let it = worksheet(Numerals::localizer(crate::locale::Locale::It));
        assert!(it[0].1.contains("da 2048 a 50.000 (×24,41)"), "{}", it[0].1);
        assert!(
            it[2]
                .1
                .starts_with("34,3 milioni di dollari: le stesse ore-GPU a 12,29"),
            "{}",
            it[2].1
        );
    }
}
