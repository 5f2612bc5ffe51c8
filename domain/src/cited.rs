//! The values each input's sources give, drawn as ticks on its slider; the
//! citation under an input names the one nearest the current value.

use super::facts::FactId;
use super::locale::{tr, Tr};
use super::quantity::Field;
use super::units::MICRO;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CitedValue {
    /// In the field's unit.
    pub value: u64,
    /// What the value is, in a few words ("DeepSeek-V3's training cluster").
    pub label: Tr,
    /// Short tick label; empty for ticks drawn without text.
    pub tick: Tr,
    /// The FACTS.md rows behind the value, the one it is read from first.
    pub facts: &'static [FactId],
    /// For a value computed from rows, the arithmetic, written out.
    pub derived: Option<Tr>,
}

const fn cite(value: u64, tick: Tr, label: Tr, facts: &'static [FactId]) -> CitedValue {
    CitedValue {
        value,
        label,
        tick,
        facts,
        derived: None,
    }
}

const GPUS: &[CitedValue] = &[
    cite(
        512,
        tr!("R1"),
        tr!(
            "GPUs for DeepSeek-R1's reinforcement-learning stage (64 × 8 H800)",
            "GPU usate per la fase di apprendimento per rinforzo di DeepSeek-R1 (64 × 8 H800)",
            "GPUs usadas na etapa de aprendizado por reforço do DeepSeek-R1 (64 × 8 H800)",
            "GPU usadas na etapa de aprendizagem por reforço do DeepSeek-R1 (64 × 8 H800)",
            "GPU de la etapa de aprendizaje por refuerzo de DeepSeek-R1 (64 × 8 H800)",
            "GPU de la phase d'apprentissage par renforcement de DeepSeek-R1 (64 × 8 H800)",
            "GPUs der Reinforcement-Learning-Phase von DeepSeek-R1 (64 × 8 H800)",
        ),
        &[FactId::R1_02],
    ),
    cite(
        2_048,
        tr!("V3"),
        tr!(
            "H800 GPUs in the cluster that trained DeepSeek-V3",
            "GPU H800 del cluster che ha addestrato DeepSeek-V3",
            "GPUs H800 do cluster que treinou o DeepSeek-V3",
            "GPU H800 do cluster que treinou o DeepSeek-V3",
            "GPU H800 del clúster que entrenó DeepSeek-V3",
            "GPU H800 du cluster qui a entraîné DeepSeek-V3",
            "H800-GPUs im Cluster, der DeepSeek-V3 trainiert hat",
        ),
        &[FactId::V3_08],
    ),
    cite(
        10_000,
        tr!(""),
        tr!(
            "A100 GPUs in High-Flyer's Fire-Flyer 2 cluster",
            "GPU A100 del cluster Fire-Flyer 2 di High-Flyer",
            "GPUs A100 do cluster Fire-Flyer 2 da High-Flyer",
            "GPU A100 do cluster Fire-Flyer 2 da High-Flyer",
            "GPU A100 del clúster Fire-Flyer 2 de High-Flyer",
            "GPU A100 du cluster Fire-Flyer 2 de High-Flyer",
            "A100-GPUs im Fire-Flyer-2-Cluster von High-Flyer",
        ),
        &[FactId::O_01],
    ),
    cite(
        16_384,
        tr!(""),
        tr!(
            "H100 GPUs Meta used for Llama 3.1 405B",
            "GPU H100 usate da Meta per Llama 3.1 405B",
            "GPUs H100 usadas pela Meta no Llama 3.1 405B",
            "GPU H100 usadas pela Meta no Llama 3.1 405B",
            "GPU H100 que usó Meta para Llama 3.1 405B",
            "GPU H100 utilisés par Meta pour Llama 3.1 405B",
            "H100-GPUs, mit denen Meta Llama 3.1 405B trainiert hat",
        ),
        &[FactId::O_04],
    ),
    cite(
        50_000,
        tr!("Fleet", "Flotta", "Frota", "Frota", "Flota", "Parc", "Flotte"),
        tr!(
            "Hopper GPUs SemiAnalysis believes DeepSeek can use",
            "GPU Hopper a cui DeepSeek avrebbe accesso secondo SemiAnalysis",
            "GPUs Hopper às quais a DeepSeek teria acesso, segundo a SemiAnalysis",
            "GPU Hopper a que a DeepSeek teria acesso, segundo a SemiAnalysis",
            "GPU Hopper que SemiAnalysis cree que DeepSeek puede usar",
            "GPU Hopper dont DeepSeek dispose selon SemiAnalysis",
            "Hopper-GPUs, die DeepSeek laut SemiAnalysis nutzen kann",
        ),
        &[FactId::SA_01],
    ),
];

const RENT: &[CitedValue] = &[
    cite(
        170,
        tr!(""),
        tr!(
            "H100 one-year rent index low, Oct 2025 (low confidence)",
            "minimo dell'indice di noleggio annuale delle H100, ottobre 2025 (affidabilità bassa)",
            "mínimo do índice de aluguel anual da H100, outubro de 2025 (baixa confiabilidade)",
            "mínimo do índice de aluguer anual da H100, outubro de 2025 (fiabilidade baixa)",
            "mínimo del índice de alquiler anual de la H100, octubre de 2025 (fiabilidad baja)",
            "plancher de l'indice de location annuelle du H100, octobre 2025 (fiabilité faible)",
            "Tiefstwert des Index für H100-Jahresmieten, Oktober 2025 (geringe Verlässlichkeit)",
        ),
        &[FactId::P_15],
    ),
    cite(
        200,
        tr!("$2", "2 $", "US$ 2", "2 US$", "2 US$", "2 $US", "2 $"),
        tr!(
            "the rent per H800 GPU-hour DeepSeek assumed",
            "il noleggio per ora-GPU di una H800 ipotizzato da DeepSeek",
            "o aluguel por hora-GPU da H800 suposto pela DeepSeek",
            "o aluguer por hora-GPU da H800 assumido pela DeepSeek",
            "alquiler por hora-GPU de H800 supuesto por DeepSeek",
            "le prix de location d'une heure-GPU de H800 retenu en hypothèse par DeepSeek",
            "die Miete pro H800-GPU-Stunde, die DeepSeek angenommen hat",
        ),
        &[FactId::V3_05],
    ),
    cite(
        299,
        tr!(""),
        tr!(
            "H100 on demand at a neocloud (Lambda), Sep 2024",
            "H100 on demand presso un neocloud (Lambda), settembre 2024",
            "H100 sob demanda em uma neocloud (Lambda), setembro de 2024",
            "H100 a pedido numa neocloud (Lambda), setembro de 2024",
            "H100 bajo demanda en una neocloud (Lambda), sept 2024",
            "H100 à la demande chez un néocloud (Lambda), sept. 2024",
            "H100 auf Abruf bei einer Neocloud (Lambda), Sept. 2024",
        ),
        &[FactId::P_10],
    ),
    cite(
        342,
        tr!(""),
        tr!(
            "H800 on demand at a neocloud (CR8DL)",
            "H800 on demand presso un neocloud (CR8DL)",
            "H800 sob demanda em uma neocloud (CR8DL)",
            "H800 a pedido numa neocloud (CR8DL)",
            "H800 bajo demanda en una neocloud (CR8DL)",
            "H800 à la demande chez un néocloud (CR8DL)",
            "H800 auf Abruf bei einer Neocloud (CR8DL)",
        ),
        &[FactId::P_13],
    ),
    cite(
        800,
        tr!("Peak", "Picco", "Pico", "Pico", "Pico", "Pic", "Spitze"),
        tr!(
            "H100 rent at its 2023 peak",
            "noleggio delle H100 al picco del 2023",
            "aluguel da H100 no pico de 2023",
            "aluguer da H100 no pico de 2023",
            "alquiler de la H100 en su pico de 2023",
            "location du H100 à son pic de 2023",
            "H100-Miete auf ihrem Höchststand 2023",
        ),
        &[FactId::P_09],
    ),
    cite(
        1_229,
        tr!("AWS"),
        tr!(
            "H100 on demand at AWS, Mar 2025",
            "H100 on demand su AWS, marzo 2025",
            "H100 sob demanda na AWS, março de 2025",
            "H100 a pedido na AWS, março de 2025",
            "H100 bajo demanda en AWS, mar 2025",
            "H100 à la demande chez AWS, mars 2025",
            "H100 auf Abruf bei AWS, März 2025",
        ),
        &[FactId::P_11],
    ),
];

const BUY: &[CitedValue] = &[
    cite(
        12_000,
        tr!(""),
        tr!(
            "low end of Nvidia's H20 price in China",
            "prezzo minimo della H20 di Nvidia in Cina",
            "preço mínimo da H20 da Nvidia na China",
            "preço mínimo da H20 da Nvidia na China",
            "precio mínimo de la H20 de Nvidia en China",
            "bas de la fourchette du prix du H20 de Nvidia en Chine",
            "untere Preisgrenze von Nvidias H20 in China",
        ),
        &[FactId::P_08],
    ),
    cite(
        15_000,
        tr!("H20"),
        tr!(
            "high end of Nvidia's H20 price in China",
            "prezzo massimo della H20 di Nvidia in Cina",
            "preço máximo da H20 da Nvidia na China",
            "preço máximo da H20 da Nvidia na China",
            "precio máximo de la H20 de Nvidia en China",
            "haut de la fourchette du prix du H20 de Nvidia en Chine",
            "obere Preisgrenze von Nvidias H20 in China",
        ),
        &[FactId::P_08],
    ),
    cite(
        25_000,
        tr!(""),
        tr!(
            "low end of the analyst price of an H100",
            "prezzo minimo di una H100 secondo gli analisti",
            "preço mínimo de uma H100 segundo analistas",
            "preço mínimo de uma H100 segundo analistas",
            "precio mínimo de una H100 según los analistas",
            "bas de la fourchette du prix d'un H100 selon les analystes",
            "untere Preisgrenze einer H100 laut Analysten",
        ),
        &[FactId::P_01],
    ),
    cite(
        30_000,
        tr!(""),
        tr!(
            "high end of the analyst price of an H100",
            "prezzo massimo di una H100 secondo gli analisti",
            "preço máximo de uma H100 segundo analistas",
            "preço máximo de uma H100 segundo analistas",
            "precio máximo de una H100 según los analistas",
            "haut de la fourchette du prix d'un H100 selon les analystes",
            "obere Preisgrenze einer H100 laut Analysten",
        ),
        &[FactId::P_01],
    ),
    CitedValue {
        value: 32_000,
        label: tr!(
            "SemiAnalysis's ~$1.6B of server capex spread over its 50,000 GPUs (its article gives no single price per GPU; its chart has per-GPU rows, SA-09)",
            "gli 1,6 miliardi circa di spesa in server di SemiAnalysis divisi per le sue 50.000 GPU (l'articolo non dà un prezzo unico per GPU; il suo grafico ha righe per GPU, SA-09)",
            "o cerca de US$ 1,6 bilhão em servidores da SemiAnalysis dividido pelas suas 50 mil GPUs (o artigo não dá um preço único por GPU; o gráfico tem linhas por GPU, SA-09)",
            "os cerca de 1,6 mil milhões em servidores da SemiAnalysis divididos pelas suas 50 mil GPU (o artigo não dá um preço único por GPU; o gráfico tem linhas por GPU, SA-09)",
            "los ~1.600 millones de dólares de gasto de capital en servidores de SemiAnalysis repartidos entre 50.000 GPU (su artículo no da un precio único por GPU; su gráfico tiene filas por GPU, SA-09)",
            "les quelque 1,6 milliard de dollars d'investissements en serveurs selon SemiAnalysis, répartis sur ses 50\u{202f}000 GPU (son article ne donne aucun prix unique par GPU\u{202f}; son graphique a des lignes par GPU, SA-09)",
            "die rund 1,6 Milliarden Dollar Serverinvestitionen laut SemiAnalysis, verteilt auf ihre 50.000 GPUs (der Artikel nennt keinen einheitlichen Preis pro GPU; die Grafik hat Zeilen pro GPU, SA-09)",
        ),
        tick: tr!("Fleet", "Flotta", "Frota", "Frota",
        "Flota",
        "Parc",
        "Flotte"),
        facts: &[FactId::SA_04, FactId::SA_01],
        derived: Some(tr!(
            "$1.6B ÷ 50,000 GPUs = $32,000 per GPU (derived, server-inclusive)",
            "1,6 miliardi di dollari ÷ 50.000 GPU = 32.000 dollari per GPU (calcolato, server inclusi)",
            "US$ 1,6 bilhão ÷ 50.000 GPUs = US$ 32.000 por GPU (calculado, servidores incluídos)",
            "1,6 mil milhões de dólares ÷ 50 000 GPU = 32 000 dólares por GPU (calculado, servidores incluídos)",
            "1.600 millones de dólares ÷ 50.000 GPU = 32.000 dólares por GPU (calculado, servidor incluido)",
            "1,6 milliard de dollars ÷ 50\u{202f}000 GPU = 32\u{202f}000 dollars par GPU (calculé, serveur compris)",
            "1,6 Milliarden Dollar ÷ 50.000 GPUs = 32.000 Dollar pro GPU (berechnet, inklusive Server)",
        )),
    },
    cite(
        33_800,
        tr!(""),
        tr!(
            "an H800 SXM5 as a reseller listed it in 2025",
            "una H800 SXM5 nell'annuncio di un rivenditore del 2025",
            "uma H800 SXM5 no anúncio de um revendedor em 2025",
            "uma H800 SXM5 no anúncio de um revendedor em 2025",
            "una H800 SXM5 tal como la anunció un revendedor en 2025",
            "un H800 SXM5 tel qu'un revendeur l'affichait en 2025",
            "eine H800 SXM5, wie ein Händler sie 2025 anbot",
        ),
        &[FactId::P_05],
    ),
    cite(
        44_750,
        tr!(""),
        tr!(
            "per-GPU price of a DGX-H800 server",
            "prezzo per GPU di un server DGX-H800",
            "preço por GPU de um servidor DGX-H800",
            "preço por GPU de um servidor DGX-H800",
            "precio por GPU de un servidor DGX-H800",
            "prix par GPU d'un serveur DGX-H800",
            "Preis pro GPU eines DGX-H800-Servers",
        ),
        &[FactId::P_06],
    ),
];

const HOURS: &[CitedValue] = &[
    cite(
        80 * MICRO,
        tr!(""),
        tr!(
            "hours of the training phase of DeepSeek-R1 on 512 GPUs",
            "ore della fase di addestramento di DeepSeek-R1 su 512 GPU",
            "horas da fase de treinamento do DeepSeek-R1 em 512 GPUs",
            "horas da fase de treino do DeepSeek-R1 em 512 GPU",
            "horas de la fase de entrenamiento de DeepSeek-R1 en 512 GPU",
            "heures de la phase d'entraînement de DeepSeek-R1 sur 512 GPU",
            "Stunden der Trainingsphase von DeepSeek-R1 auf 512 GPUs",
        ),
        &[FactId::R1_02_R1],
    ),
    cite(
        198 * MICRO,
        tr!(""),
        tr!(
            "hours of DeepSeek-R1-Zero's RL run on 512 GPUs",
            "ore dell'addestramento RL di DeepSeek-R1-Zero su 512 GPU",
            "horas do treinamento de RL do DeepSeek-R1-Zero em 512 GPUs",
            "horas do treino de RL do DeepSeek-R1-Zero em 512 GPU",
            "horas del entrenamiento por refuerzo de DeepSeek-R1-Zero en 512 GPU",
            "heures de l'entraînement par renforcement de DeepSeek-R1-Zero sur 512 GPU",
            "Stunden des RL-Laufs von DeepSeek-R1-Zero auf 512 GPUs",
        ),
        &[FactId::R1_02],
    ),
    CitedValue {
        value: 287_109_375,
        label: tr!(
            "hours for all of R1's 147,000 GPU-hours on its 512 GPUs",
            "ore per tutte le 147.000 ore-GPU di R1 sulle sue 512 GPU",
            "horas para todas as 147 mil horas-GPU do R1 em suas 512 GPUs",
            "horas para todas as 147 mil horas-GPU do R1 nas suas 512 GPU",
            "horas para las 147.000 horas-GPU de R1 en sus 512 GPU",
            "heures pour les 147\u{202f}000 heures-GPU de R1 sur ses 512 GPU",
            "Stunden für alle 147.000 GPU-Stunden von R1 auf seinen 512 GPUs",
        ),
        tick: tr!("R1"),
        facts: &[FactId::R1_01, FactId::R1_02],
        derived: Some(tr!(
            "147,000 GPU-hours ÷ 512 GPUs = 287.109375 hours",
            "147.000 ore-GPU ÷ 512 GPU = 287,109375 ore",
            "147.000 horas-GPU ÷ 512 GPUs = 287,109375 horas",
            "147 000 horas-GPU ÷ 512 GPU = 287,109375 horas",
            "147.000 horas-GPU ÷ 512 GPU = 287,109375 horas",
            "147\u{202f}000 heures-GPU ÷ 512 GPU = 287,109375 heures",
            "147.000 GPU-Stunden ÷ 512 GPUs = 287,109375 Stunden",
        )),
    },
    CitedValue {
        value: 1_300_781_250,
        label: tr!(
            "hours of V3's pre-training alone (\"less than two months\")",
            "ore del solo pre-addestramento di V3 (meno di due mesi)",
            "horas só do pré-treinamento do V3 (menos de dois meses)",
            "horas só do pré-treino do V3 (menos de dois meses)",
            "horas solo del preentrenamiento de V3 («menos de dos meses»)",
            "heures du seul pré-entraînement de V3 («\u{a0}moins de deux mois\u{a0}»)",
            "Stunden allein für das Vortraining von V3 („weniger als zwei Monate“)",
        ),
        tick: tr!(""),
        facts: &[FactId::V3_11, FactId::V3_08],
        derived: Some(tr!(
            "2,664,000 GPU-hours ÷ 2,048 GPUs = 1,300.78 hours, about 54 days",
            "2.664.000 ore-GPU ÷ 2048 GPU = 1300,78 ore, circa 54 giorni",
            "2.664.000 horas-GPU ÷ 2.048 GPUs = 1.300,78 horas, cerca de 54 dias",
            "2 664 000 horas-GPU ÷ 2048 GPU = 1300,78 horas, cerca de 54 dias",
            "2.664.000 horas-GPU ÷ 2048 GPU = 1300,78 horas, unos 54 días",
            "2\u{202f}664\u{202f}000 heures-GPU ÷ 2\u{202f}048 GPU = 1\u{202f}300,78 heures, environ 54 jours",
            "2.664.000 GPU-Stunden ÷ 2.048 GPUs = 1.300,78 Stunden, etwa 54 Tage",
        )),
    },
    CitedValue {
        value: 1_361_328_125,
        label: tr!(
            "hours of DeepSeek-V3's full training run on its 2,048 GPUs",
            "ore dell'intero addestramento di DeepSeek-V3 sulle sue 2048 GPU",
            "horas do treinamento completo do DeepSeek-V3 em suas 2.048 GPUs",
            "horas do treino completo do DeepSeek-V3 nas suas 2048 GPU",
            "horas del entrenamiento completo de DeepSeek-V3 en sus 2048 GPU",
            "heures de l'entraînement complet de DeepSeek-V3 sur ses 2\u{202f}048 GPU",
            "Stunden des gesamten Trainingslaufs von DeepSeek-V3 auf seinen 2.048 GPUs",
        ),
        tick: tr!("V3"),
        facts: &[FactId::V3_01, FactId::V3_08],
        derived: Some(tr!(
            "2,788,000 GPU-hours ÷ 2,048 GPUs = 1,361.33 hours: about 57 days, if every stage ran on all 2,048 GPUs",
            "2.788.000 ore-GPU ÷ 2048 GPU = 1361,33 ore: circa 57 giorni, se ogni fase avesse usato tutte le 2048 GPU",
            "2.788.000 horas-GPU ÷ 2.048 GPUs = 1.361,33 horas: cerca de 57 dias, se todas as etapas tivessem usado as 2.048 GPUs",
            "2 788 000 horas-GPU ÷ 2048 GPU = 1361,33 horas: cerca de 57 dias, se todas as etapas tivessem usado as 2048 GPU",
            "2.788.000 horas-GPU ÷ 2048 GPU = 1361,33 horas: unos 57 días, si todas las etapas usaron las 2048 GPU",
            "2\u{202f}788\u{202f}000 heures-GPU ÷ 2\u{202f}048 GPU = 1\u{202f}361,33 heures\u{202f}: environ 57 jours, si chaque étape a tourné sur les 2\u{202f}048 GPU",
            "2.788.000 GPU-Stunden ÷ 2.048 GPUs = 1.361,33 Stunden: etwa 57 Tage, falls jede Phase alle 2.048 GPUs nutzte",
        )),
    },
    CitedValue {
        value: SERVICE_LIFE_HOURS * MICRO,
        label: tr!(
            "hours in a 4-year service life: our assumption, not a measured GPU lifetime. Cloud firms depreciate servers over 4 to 6 years (Microsoft moved from 4 to 6 in 2022)",
            "ore in 4 anni di vita utile: una nostra ipotesi, non una durata misurata delle GPU. I fornitori cloud ammortizzano i server in 4-6 anni (Microsoft è passata da 4 a 6 nel 2022)",
            "horas em 4 anos de vida útil: uma hipótese nossa, não uma duração medida das GPUs. Os provedores de nuvem depreciam servidores em 4 a 6 anos (a Microsoft passou de 4 para 6 em 2022)",
            "horas em 4 anos de vida útil: uma hipótese nossa, não uma duração medida das GPU. Os fornecedores de cloud amortizam servidores em 4 a 6 anos (a Microsoft passou de 4 para 6 em 2022)",
            "horas de una vida útil de 4 años: nuestro supuesto, no una duración medida de las GPU. Las empresas de nube amortizan sus servidores en un plazo de 4 a 6 años (Microsoft pasó de 4 a 6 en 2022)",
            "heures d'une durée de vie de 4 ans\u{202f}: notre hypothèse, pas une durée de vie mesurée des GPU. Les acteurs du cloud amortissent leurs serveurs sur 4 à 6 ans (Microsoft est passé de 4 à 6 en 2022)",
            "Stunden einer Nutzungsdauer von 4 Jahren: unsere Annahme, keine gemessene GPU-Lebensdauer. Cloud-Anbieter setzen für die Abschreibung ihrer Server 4 bis 6 Jahre an (Microsoft ging 2022 von 4 auf 6)",
        ),
        tick: tr!("4 yr (assumed)", "4 anni (ipotesi)", "4 anos (hipótese)", "4 anos (hipótese)",
        "4 años (supuesto)",
        "4 ans (hypothèse)",
        "4 Jahre (Annahme)"),
        facts: &[FactId::A_01],
        derived: Some(tr!(
            "4 × 365.25 days × 24 hours = 35,064 hours",
            "4 × 365,25 giorni × 24 ore = 35.064 ore",
            "4 × 365,25 dias × 24 horas = 35.064 horas",
            "4 × 365,25 dias × 24 horas = 35 064 horas",
            "4 × 365,25 días × 24 horas = 35.064 horas",
            "4 × 365,25 jours × 24 heures = 35\u{202f}064 heures",
            "4 × 365,25 Tage × 24 Stunden = 35.064 Stunden",
        )),
    },
];

/// Four years of 365.25 days: the service life the Buy view spreads hardware
/// over. An assumption, labelled as one wherever it shows: A-01 records that
/// cloud firms write servers off over four to six years.
pub const SERVICE_LIFE_HOURS: u64 = 35_064;

/// Six years of 365.25 days: Microsoft's depreciable life for cloud servers
/// since 2022, the long end of the assumption.
pub const LONG_SERVICE_LIFE_HOURS: u64 = 52_596;

pub fn cited(field: Field) -> &'static [CitedValue] {
    match field {
        Field::Gpus => GPUS,
        Field::RentPrice => RENT,
        Field::BuyPrice => BUY,
        Field::Hours => HOURS,
    }
}

/// Where the current value sits among the cited ones.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Nearby {
    /// The cited value whose citation is shown.
    pub nearest: &'static CitedValue,
    /// True when the current value is exactly the cited one.
    pub exact: bool,
    /// The cited values on either side, when the value is not itself cited.
    pub below: Option<&'static CitedValue>,
    pub above: Option<&'static CitedValue>,
}

/// The nearest cited value in ratio (log scale), with its neighbours.
pub fn nearby(field: Field, value: u64) -> Nearby {
    let list = cited(field);
    let nearest = list
        .iter()
        .min_by_key(|c| log_distance(c.value, value))
        .expect("every field has cited values");
    let exact = nearest.value == value;
    let below = if exact {
        None
    } else {
        list.iter().rev().find(|c| c.value < value)
    };
    let above = if exact {
        None
    } else {
        list.iter().find(|c| c.value > value)
    };
    Nearby {
        nearest,
        exact,
        below,
        above,
    }
}

/// A monotone stand-in for |ln(a/b)|, exact in integers: max/min scaled.
fn log_distance(a: u64, b: u64) -> u128 {
    let (lo, hi) = if a < b { (a, b) } else { (b, a) };
    (u128::from(hi) << 32) / u128::from(lo.max(1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cited_values_are_in_range_ascending_and_sourced() {
        for field in Field::ALL {
            let spec = field.spec();
            let list = cited(field);
            assert!(
                list.windows(2).all(|w| w[0].value < w[1].value),
                "{field:?}"
            );
            for c in list {
                assert!(
                    c.value >= spec.min && c.value <= spec.max,
                    "{field:?} {}",
                    c.value
                );
                assert!(c.label.all().iter().all(|l| !l.is_empty()));
                assert!(
                    !c.facts.is_empty() || c.derived.is_some(),
                    "{} has no source",
                    c.label.en()
                );
            }
        }
    }

    #[test]
    fn derived_values_match_their_arithmetic() {
        // 147,000 / 512 and 2,788,000 / 2,048 and 2,664,000 / 2,048, exactly.
        assert_eq!(287_109_375 * 512, 147_000 * MICRO);
        assert_eq!(1_361_328_125 * 2048, 2_788_000 * MICRO);
        assert_eq!(1_300_781_250 * 2048, 2_664_000 * MICRO);
        assert_eq!(32_000 * 50_000, 1_600_000_000u64);
        assert_eq!(SERVICE_LIFE_HOURS * 4 / 4, 4 * 36525 * 24 / 100);
    }

    #[test]
    fn nearby_names_exact_values_and_brackets_others() {
        let n = nearby(Field::Gpus, 2048);
        assert!(n.exact);
        assert_eq!(n.nearest.value, 2048);
        assert_eq!((n.below, n.above), (None, None));

        let n = nearby(Field::Gpus, 3000);
        assert!(!n.exact);
        assert_eq!(n.nearest.value, 2048);
        assert_eq!(n.below.map(|c| c.value), Some(2048));
        assert_eq!(n.above.map(|c| c.value), Some(10_000));

        let n = nearby(Field::Gpus, 1);
        assert_eq!(n.nearest.value, 512);
        assert_eq!(n.below, None);
        assert_eq!(n.above.map(|c| c.value), Some(512));

        let n = nearby(Field::Gpus, 100_000);
        assert_eq!(n.nearest.value, 50_000);
        assert_eq!(n.above, None);
    }
}
