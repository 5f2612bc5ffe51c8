//! The five scenarios of the brief. Each sets every input and cites it.

use super::cited::SERVICE_LIFE_HOURS;
use super::facts::FactId;
use super::inputs::{Basis, Inputs};
use super::locale::{tr, Tr};
use super::messages::M;
use super::quantity::Field;
use super::text::Localizer;
use super::units::{Cents, MicroHours};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Preset {
    V3,
    R1,
    Hyperscaler,
    BuyV3,
    Fleet,
}

/// Hours of the V3 run: 2,788,000 GPU-hours ÷ 2,048 GPUs, in micro-hours.
const V3_HOURS: u64 = 1_361_328_125;
/// Rent and buy prices a preset leaves on the basis it does not use.
const DEFAULT_RENT: u64 = 200;
const DEFAULT_BUY: u64 = 32_000;

impl Preset {
    pub const ALL: [Preset; 5] = [
        Preset::V3,
        Preset::R1,
        Preset::Hyperscaler,
        Preset::BuyV3,
        Preset::Fleet,
    ];
    pub const DEFAULT: Preset = Preset::V3;

    /// The stable `preset=` id: never rename one once shipped.
    pub const fn id(self) -> &'static str {
        match self {
            Preset::V3 => "v3",
            Preset::R1 => "r1",
            Preset::Hyperscaler => "hyperscaler",
            Preset::BuyV3 => "buy-v3",
            Preset::Fleet => "fleet",
        }
    }

    pub fn from_id(id: &str) -> Option<Preset> {
        Preset::ALL.into_iter().find(|p| p.id() == id)
    }

    /// The button's text.
    pub const fn name(self) -> Tr {
        match self {
            Preset::V3 => tr!(
                "DeepSeek-V3 run",
                "Addestramento di V3",
                "Treinamento do V3",
                "Treino do V3",
                "Entrenamiento de DeepSeek-V3",
                "Entraînement de DeepSeek-V3",
                "DeepSeek-V3-Lauf",
            ),
            Preset::R1 => tr!(
                "R1 stage",
                "Fase R1",
                "Etapa R1",
                "Etapa R1",
                "Etapa R1",
                "Étape R1",
                "R1-Phase"
            ),
            Preset::Hyperscaler => tr!(
                "V3 at hyperscaler prices",
                "V3 ai prezzi di un hyperscaler",
                "V3 a preços de hyperscaler",
                "V3 a preços de hyperscaler",
                "V3 a precios de hiperescalador",
                "V3 aux prix d'un hyperscaler",
                "V3 zu Hyperscaler-Preisen",
            ),
            Preset::BuyV3 => tr!(
                "Buy V3's GPUs",
                "Comprare le GPU di V3",
                "Comprar as GPUs do V3",
                "Comprar as GPU do V3",
                "Comprar las GPU de V3",
                "Acheter les GPU de V3",
                "Die V3-GPUs kaufen",
            ),
            Preset::Fleet => tr!(
                "Fleet, according to SemiAnalysis",
                "Flotta secondo SemiAnalysis",
                "Frota segundo a SemiAnalysis",
                "Frota segundo a SemiAnalysis",
                "Flota, según SemiAnalysis",
                "Parc, selon SemiAnalysis",
                "Flotte laut SemiAnalysis",
            ),
        }
    }

    /// The short label of the scenario's mark on the cost track.
    pub const fn landmark(self) -> Tr {
        match self {
            Preset::V3 => tr!(
                "\u{201c}$6M\u{201d} V3 run",
                "V3, i \u{201c}6 milioni\u{201d}",
                "V3, os \u{201c}6 mi\u{201d}",
                "V3, os \u{ab}6 milhões\u{bb}",
                "V3, los «6 millones»",
                "V3, les «\u{a0}6 millions\u{a0}»",
                "V3, die „6 Millionen“",
            ),
            Preset::R1 => tr!(
                "R1 stage",
                "Fase R1",
                "Etapa R1",
                "Etapa R1",
                "Etapa R1",
                "Étape R1",
                "R1-Phase"
            ),
            Preset::Hyperscaler => tr!(
                "V3 at AWS prices",
                "V3 ai prezzi AWS",
                "V3 a preços da AWS",
                "V3 a preços da AWS",
                "V3 a precios de AWS",
                "V3 aux prix d'AWS",
                "V3 zu AWS-Preisen",
            ),
            Preset::BuyV3 => tr!(
                "Buy V3's GPUs",
                "Comprare le GPU di V3",
                "Comprar as GPUs do V3",
                "Comprar as GPU do V3",
                "Comprar las GPU de V3",
                "Acheter les GPU de V3",
                "Die V3-GPUs kaufen",
            ),
            Preset::Fleet => tr!(
                "\u{201c}$1.6B\u{201d} fleet",
                "Flotta, \u{201c}1,6 miliardi\u{201d}",
                "Frota, \u{201c}1,6 bi\u{201d}",
                "Frota, \u{ab}1,6 mil milhões\u{bb}",
                "Flota, «1.600 millones»",
                "Parc, «\u{a0}1,6 milliard\u{a0}»",
                "Flotte, „1,6 Milliarden“",
            ),
        }
    }

    /// One sentence on what the scenario is, shown when it is active.
    pub const fn story(self) -> Tr {
        match self {
            Preset::V3 => tr!(
                "DeepSeek's own figure: the final V3 run's 2.788 million GPU-hours, priced as if rented at $2 an hour.",
                "La cifra di DeepSeek: i 2,788 milioni di ore-GPU dell'addestramento finale di V3, valutati come se fossero noleggiati a 2 dollari l'ora.",
                "O número da própria DeepSeek: os 2,788 milhões de horas-GPU do treinamento final do V3, avaliadas como se fossem alugadas a US$ 2 por hora.",
                "O número da própria DeepSeek: os 2,788 milhões de horas-GPU do treino final do V3, avaliadas como se fossem alugadas a 2 dólares por hora.",
                "La cifra de la propia DeepSeek: los 2,788 millones de horas-GPU del entrenamiento final de V3, valorados como si se alquilaran a 2 dólares la hora.",
                "Le chiffre de DeepSeek elle-même\u{202f}: les 2,788 millions d'heures-GPU de l'entraînement final de V3, chiffrées comme si elles étaient louées 2 dollars de l'heure.",
                "DeepSeeks eigene Zahl: die 2,788 Millionen GPU-Stunden des letzten V3-Laufs, bewertet, als wären sie für 2 Dollar pro Stunde gemietet.",
            ),
            Preset::R1 => tr!(
                "The stages that turned V3 into R1, costed by DeepSeek the same way in Nature: R1-Zero's $202K, $10K to make the SFT data and R1's $82K.",
                "Le fasi che hanno trasformato V3 in R1, calcolate da DeepSeek allo stesso modo su Nature: 202.000 $ per R1-Zero, 10.000 $ per creare i dati di SFT e 82.000 $ per R1.",
                "As etapas que transformaram o V3 no R1, calculadas pela DeepSeek do mesmo modo na Nature: US$ 202 mil do R1-Zero, US$ 10 mil para criar os dados de SFT e US$ 82 mil do R1.",
                "As etapas que transformaram o V3 no R1, calculadas pela DeepSeek da mesma forma na Nature: 202 mil dólares do R1-Zero, 10 mil para criar os dados de SFT e 82 mil do R1.",
                "Las etapas que convirtieron V3 en R1, valoradas por DeepSeek del mismo modo en Nature: los 202.000 dólares de R1-Zero, 10.000 para crear los datos de SFT y los 82.000 de R1.",
                "Les étapes qui ont fait de V3 le modèle R1, chiffrées de la même façon par DeepSeek dans Nature\u{202f}: les 202\u{202f}000 dollars de R1-Zero, 10\u{202f}000 pour produire les données de SFT et les 82\u{202f}000 de R1.",
                "Die Phasen, die aus V3 R1 machten, von DeepSeek in Nature genauso beziffert: 202.000 Dollar für R1-Zero, 10.000 für die SFT-Daten und 82.000 für R1.",
            ),
            Preset::Hyperscaler => tr!(
                "The same V3 run at the on-demand H100 price of the hyperscaler AWS on 17 Mar 2025, instead of DeepSeek's assumed $2. In June 2025 AWS cut P5 (H100) on-demand prices by up to 45%.",
                "Lo stesso addestramento di V3 al prezzo on demand di una H100 sull'hyperscaler AWS al 17 marzo 2025, invece dei 2 dollari ipotizzati da DeepSeek. A giugno 2025 AWS ha ridotto fino al 45% i prezzi on demand delle P5 (H100).",
                "O mesmo treinamento do V3 ao preço sob demanda da H100 na hyperscaler AWS em 17 de março de 2025, em vez dos US$ 2 supostos pela DeepSeek. Em junho de 2025 a AWS reduziu em até 45% os preços sob demanda das P5 (H100).",
                "O mesmo treino do V3 ao preço a pedido da H100 na hyperscaler AWS em 17 de março de 2025, em vez dos 2 dólares assumidos pela DeepSeek. Em junho de 2025 a AWS baixou até 45% os preços a pedido das P5 (H100).",
                "El mismo entrenamiento de V3 al precio bajo demanda de la H100 en el hiperescalador AWS el 17 de marzo de 2025, en lugar de los 2 dólares supuestos por DeepSeek. En junio de 2025, AWS bajó hasta un 45\u{a0}% los precios bajo demanda de P5 (H100).",
                "Le même entraînement de V3 au prix à la demande de l'hyperscaler AWS pour le H100 au 17 mars 2025, au lieu des 2 dollars retenus en hypothèse par DeepSeek. En juin 2025, AWS a baissé jusqu'à 45\u{a0}% les prix à la demande des P5 (H100).",
                "Derselbe V3-Lauf zum Abrufpreis der H100 beim Hyperscaler AWS am 17. März 2025 statt der von DeepSeek angenommenen 2 Dollar. Im Juni 2025 senkte AWS die Abrufpreise für P5 (H100) um bis zu 45\u{a0}%.",
            ),
            Preset::BuyV3 => tr!(
                "Buying the 2,048 H800s outright, at the price a reseller listed in 2025, instead of renting them for the run (about 57 days, if every stage ran on all 2,048 GPUs).",
                "Comprare le 2048 H800 al prezzo dell'annuncio di un rivenditore del 2025, invece di noleggiarle per l'addestramento (circa 57 giorni, se ogni fase avesse usato tutte le 2048 GPU).",
                "Comprar as 2.048 H800 pelo preço anunciado por um revendedor em 2025, em vez de alugá-las para o treinamento (cerca de 57 dias, se todas as etapas tivessem usado as 2.048 GPUs).",
                "Comprar as 2048 H800 pelo preço anunciado por um revendedor em 2025, em vez de as alugar para o treino (cerca de 57 dias, se todas as etapas tivessem usado as 2048 GPU).",
                "Comprar las 2048 H800, al precio que anunció un revendedor en 2025, en lugar de alquilarlas para el entrenamiento (unos 57 días, si todas las etapas usaron las 2048 GPU).",
                "Acheter les 2\u{202f}048 H800, au prix affiché par un revendeur en 2025, au lieu de les louer pour l'entraînement (environ 57 jours, si chaque étape a tourné sur les 2\u{202f}048 GPU).",
                "Die 2.048 H800 zum Preis eines Händlerangebots von 2025 kaufen, statt sie für den Lauf zu mieten (etwa 57 Tage, falls jede Phase alle 2.048 GPUs nutzte).",
            ),
            Preset::Fleet => tr!(
                "SemiAnalysis's estimate of the server capex of DeepSeek's whole fleet of ~50,000 Hopper GPUs, shared with a hedge fund. A reader of its chart counts 60,000 chips, A100s included, for the same $1.6B (SA-09).",
                "La stima di SemiAnalysis della spesa in server per l'intera flotta di DeepSeek, circa 50.000 GPU Hopper condivise con un hedge fund. Chi ha letto il suo grafico conta 60.000 chip, A100 comprese, per gli stessi 1,6 miliardi (SA-09).",
                "A estimativa da SemiAnalysis do gasto em servidores de toda a frota da DeepSeek, cerca de 50 mil GPUs Hopper compartilhadas com um fundo de hedge. Um leitor do seu gráfico conta 60 mil chips, A100 incluídas, pelo mesmo US$ 1,6 bilhão (SA-09).",
                "A estimativa da SemiAnalysis do investimento em servidores de toda a frota da DeepSeek, cerca de 50 mil GPU Hopper partilhadas com um hedge fund. Um leitor do seu gráfico conta 60 mil chips, A100 incluídas, pelos mesmos 1,6 mil milhões (SA-09).",
                "Estimación de SemiAnalysis del gasto de capital en servidores de toda la flota de DeepSeek, unas 50.000 GPU Hopper compartidas con un fondo de cobertura. Un lector de su gráfico cuenta 60.000 chips, A100 incluidas, por los mismos 1.600 millones (SA-09).",
                "Estimation par SemiAnalysis des investissements en serveurs de tout le parc de DeepSeek, quelque 50\u{202f}000 GPU Hopper partagés avec un fonds spéculatif. Un lecteur de son graphique y compte 60\u{202f}000 puces, A100 compris, pour les mêmes 1,6 milliard de dollars (SA-09).",
                "Die Schätzung von SemiAnalysis für die Serverinvestitionen der ganzen, mit einem Hedgefonds geteilten DeepSeek-Flotte von rund 50.000 Hopper-GPUs. Ein Leser ihrer Grafik zählt für dieselben 1,6 Milliarden Dollar 60.000 Chips, A100 inklusive (SA-09).",
            ),
        }
    }

    pub const fn inputs(self) -> Inputs {
        let (gpus, basis, rent, buy_dollars, hours) = match self {
            Preset::V3 => (2_048, Basis::Rent, DEFAULT_RENT, DEFAULT_BUY, V3_HOURS),
            // 147,000 GPU-hours ÷ 512 GPUs = 287.109375 h.
            Preset::R1 => (512, Basis::Rent, DEFAULT_RENT, DEFAULT_BUY, 287_109_375),
            Preset::Hyperscaler => (2_048, Basis::Rent, 1_229, DEFAULT_BUY, V3_HOURS),
            Preset::BuyV3 => (2_048, Basis::Buy, DEFAULT_RENT, 33_800, V3_HOURS),
            Preset::Fleet => (50_000, Basis::Buy, DEFAULT_RENT, DEFAULT_BUY, V3_HOURS),
        };
        Inputs::new(gpus, basis, Cents(rent), buy_dollars, MicroHours(hours))
    }

    /// The preset these inputs reproduce, if any (the inactive basis's price
    /// does not matter: it is neither shown nor shared).
    pub fn matching(inputs: &Inputs) -> Option<Preset> {
        Preset::ALL
            .into_iter()
            .find(|p| p.inputs().same_scenario(inputs))
    }

    /// The total the sources give, in whole dollars.
    pub const fn cited_total_dollars(self) -> u64 {
        match self {
            Preset::V3 => 5_576_000,
            Preset::R1 => 294_000,
            Preset::Hyperscaler => 34_264_520,
            Preset::BuyV3 => 69_222_400,
            Preset::Fleet => 1_600_000_000,
        }
    }

    /// The rows the total comes from (a derived total names its inputs).
    pub const fn sources(self) -> &'static [FactId] {
        match self {
            Preset::V3 => &[FactId::V3_06],
            Preset::R1 => &[FactId::R1_01],
            Preset::Hyperscaler => &[FactId::P_11, FactId::V3_01, FactId::P_14],
            Preset::BuyV3 => &[FactId::P_05, FactId::V3_08],
            Preset::Fleet => &[FactId::SA_04, FactId::SA_01],
        }
    }

    /// False when the total is our arithmetic on cited rows, not a cited figure.
    pub const fn total_is_cited(self) -> bool {
        matches!(self, Preset::V3 | Preset::R1 | Preset::Fleet)
    }
}

/// What the total counts: renting for this run; buying GPUs; for
/// SemiAnalysis's fleet, whose $32,000 a GPU is its server spending spread
/// over its GPUs, buying the servers.
pub fn total_label(inputs: &Inputs) -> Tr {
    match inputs.basis() {
        Basis::Rent => M.total_rent,
        Basis::Buy if Preset::matching(inputs) == Some(Preset::Fleet) => M.total_servers,
        Basis::Buy => M.total_buy,
    }
}

/// The line under the headline figure: the total to the cent, "exactly",
/// when it is arithmetic on cited inputs; for SemiAnalysis's fleet, whose
/// ~$1.6B is the source's rounded estimate, what it multiplies and whose
/// estimate it is, never "exactly".
pub fn exact_line(t: Localizer, inputs: &Inputs) -> String {
    if Preset::matching(inputs) == Some(Preset::Fleet) {
        let price = t.money(Cents::from_dollars(inputs.buy_dollars()));
        t.fill(M.estimate_total, &[&t.gpus(inputs.gpus()), &price])
    } else {
        t.fill(M.exactly, &[&t.money(inputs.total())])
    }
}

/// The V3 run's share of SemiAnalysis's fleet (derived: SA-01, SA-04, V3-08,
/// V3-01): $1.6B × 2,048 of 50,000 GPUs × 1,361.33 h of an assumed 4-year
/// service life. What "this run's share" of the fleet honestly is: not all
/// 50,000 GPUs' price used up in those hours.
pub fn v3_share_of_fleet() -> Cents {
    let mut run = Preset::Fleet.inputs();
    run.set(Field::Gpus, Preset::V3.inputs().gpus());
    run.service_life_share(SERVICE_LIFE_HOURS)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quantity::Field;

    #[test]
    fn every_preset_reproduces_its_total_to_the_dollar() {
        for p in Preset::ALL {
            assert_eq!(
                p.inputs().total(),
                Cents::from_dollars(p.cited_total_dollars()),
                "{p:?}"
            );
        }
    }

    #[test]
    fn every_preset_is_in_range_and_matches_itself() {
        for p in Preset::ALL {
            let i = p.inputs();
            for f in Field::ALL {
                let spec = f.spec();
                assert!((spec.min..=spec.max).contains(&i.get(f)), "{p:?} {f:?}");
            }
            assert_eq!(Preset::matching(&i), Some(p));
            assert!(!p.sources().is_empty());
        }
    }

    #[test]
    fn ids_are_stable_and_round_trip() {
        let ids: Vec<_> = Preset::ALL.iter().map(|p| p.id()).collect();
        assert_eq!(ids, ["v3", "r1", "hyperscaler", "buy-v3", "fleet"]);
        for p in Preset::ALL {
            assert_eq!(Preset::from_id(p.id()), Some(p));
        }
        assert_eq!(Preset::from_id("V3"), None);
    }

    #[test]
    fn the_gap_factors_exactly() {
        // $1.6B ÷ $5.576M = (50,000 ÷ 2,048) × ($32,000 ÷ ($2 × 1,361.328125 h)).
        let fleet = u128::from(Preset::Fleet.inputs().total());
        let v3 = u128::from(Preset::V3.inputs().total());
        let gpus = (50_000u128, 2_048u128);
        let price = (32_000u128 * 100 * 1_000_000, 200u128 * 1_361_328_125);
        assert_eq!(fleet * gpus.1 * price.1, v3 * gpus.0 * price.0);
    }
}
