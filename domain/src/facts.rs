//! The one data file: every figure and citation the widget shows, keyed by the
//! row ids of `shared/sources/FACTS.md`. Compiled into the wasm; nothing is
//! fetched at run time. `tests` below cross-check each row against FACTS.md.

/// A row of FACTS.md that the widget cites. Variants spell the row ids
/// (`V3_08` is row V3-08) so a reader can grep one from the other.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[allow(non_camel_case_types)]
pub enum FactId {
    V3_01,
    V3_05,
    V3_06,
    V3_08,
    V3_11,
    V3_12,
    SA_01,
    SA_03,
    SA_04,
    SA_06,
    SA_09,
    R1_01,
    R1_02,
    /// R1-02 again, quoted where it gives the R1 stage's ~80 hours (its
    /// first quote is R1-Zero's ~198 hours).
    R1_02_R1,
    P_01,
    P_05,
    P_06,
    P_08,
    P_09,
    P_10,
    P_11,
    P_13,
    P_14,
    P_15,
    A_01,
    O_01,
    O_03,
    O_04,
    O_05,
    O_14,
}

use super::locale::{tr, Tr};
use super::text::{Localizer, When};

/// When a source was published, as precisely as FACTS.md gives it, written
/// in the reader's language (`Localizer::date`: Intl in the browser).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dated {
    On(When),
    /// First published, then revised.
    Revised(When, When),
    /// Listings gathered over a span of months.
    Span(When, When),
    /// Two separate dates.
    Both(When, When),
    /// Early in a year; the day not verified.
    Early(u16),
    /// A data snapshot over two years.
    Snapshot(u16, u16),
}

const LOW_CONFIDENCE: Tr = tr!(
    "low confidence",
    "affidabilità bassa",
    "baixa confiança",
    "baixa confiança",
    "fiabilidad baja",
    "fiabilité faible",
    "geringe Verlässlichkeit",
);

const REVISED: Tr = tr!(
    "{} (v2 {})",
    "{} (v2 {})",
    "{} (v2 {})",
    "{} (v2 {})",
    "{} (v2 {})",
    "{} (v2 {})",
    "{} (v2 {})"
);
const EARLY: Tr = tr!(
    "early {}",
    "inizio {}",
    "início de {}",
    "início de {}",
    "principios de {}",
    "début {}",
    "Anfang {}"
);
const SNAPSHOT: Tr = tr!(
    "data as of {}–{}",
    "dati del {}–{}",
    "dados de {}–{}",
    "dados de {}–{}",
    "datos de {}–{}",
    "données de {}–{}",
    "Stand: {}–{}",
);

impl Dated {
    /// Every date it names, for tests that hold `Numerals` to Intl.
    pub fn whens(self) -> Vec<When> {
        match self {
            Dated::On(w) => vec![w],
            Dated::Revised(a, b) | Dated::Span(a, b) | Dated::Both(a, b) => vec![a, b],
            Dated::Early(y) => vec![When::Year(y)],
            Dated::Snapshot(a, b) => vec![When::Year(a), When::Year(b)],
        }
    }

    /// On a citation's one line: the first publication only.
    pub fn line(self, t: Localizer) -> String {
        match self {
            Dated::Revised(a, _) => t.date(a),
            d => d.full(t),
        }
    }

    /// In a source's full reference.
    pub fn full(self, t: Localizer) -> String {
        match self {
            Dated::On(w) => t.date(w),
            Dated::Revised(a, b) => t.fill(REVISED, &[&t.date(a), &t.date(b)]),
            Dated::Span(a, b) => format!("{}–{}", t.date(a), t.date(b)),
            Dated::Both(a, b) => format!("{}; {}", t.date(a), t.date(b)),
            Dated::Early(y) => t.fill(EARLY, &[&t.date(When::Year(y))]),
            Dated::Snapshot(a, b) => {
                t.fill(SNAPSHOT, &[&t.date(When::Year(a)), &t.date(When::Year(b))])
            }
        }
    }
}

/// How the quote relates to the source: verbatim (kept in the source's
/// language), or our paraphrase of FACTS.md's row (translated).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Quote {
    Exact(&'static str),
    Paraphrase(Tr),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Fact {
    pub id: FactId,
    /// The row id exactly as FACTS.md spells it ("V3-08").
    pub row: &'static str,
    pub title: &'static str,
    pub publisher: &'static str,
    pub date: Dated,
    pub url: &'static str,
    pub quote: Quote,
}

impl Fact {
    /// FACTS.md's confidence, where it is low (SA-09, P-15), as a reader's
    /// note after the title, in their language.
    pub fn caution(&self) -> Option<Tr> {
        matches!(self.id, FactId::SA_09 | FactId::P_15).then_some(LOW_CONFIDENCE)
    }
}

impl FactId {
    pub const ALL: [FactId; 30] = [
        FactId::V3_01,
        FactId::V3_05,
        FactId::V3_06,
        FactId::V3_08,
        FactId::V3_11,
        FactId::V3_12,
        FactId::SA_01,
        FactId::SA_03,
        FactId::SA_04,
        FactId::SA_06,
        FactId::SA_09,
        FactId::R1_01,
        FactId::R1_02,
        FactId::R1_02_R1,
        FactId::P_01,
        FactId::P_05,
        FactId::P_06,
        FactId::P_08,
        FactId::P_09,
        FactId::P_10,
        FactId::P_11,
        FactId::P_13,
        FactId::P_14,
        FactId::P_15,
        FactId::A_01,
        FactId::O_01,
        FactId::O_03,
        FactId::O_04,
        FactId::O_05,
        FactId::O_14,
    ];

    pub fn fact(self) -> &'static Fact {
        use FactId::*;
        match self {
            V3_01 => &V3_REPORT_01,
            V3_05 => &V3_REPORT_05,
            V3_06 => &V3_REPORT_06,
            V3_08 => &V3_REPORT_08,
            V3_11 => &V3_REPORT_11,
            V3_12 => &V3_REPORT_12,
            SA_01 => &SEMI_01,
            SA_03 => &SEMI_03,
            SA_04 => &SEMI_04,
            SA_06 => &SEMI_06,
            SA_09 => &SEMI_CHART_READING,
            R1_01 => &R1_TABLE_7,
            R1_02 => &R1_HARDWARE,
            R1_02_R1 => &R1_STAGE_HOURS,
            P_01 => &PRICE_H100_SALE,
            P_05 => &PRICE_H800_RESELLERS,
            P_06 => &PRICE_DGX_H800,
            P_08 => &PRICE_H20,
            P_09 => &RENT_H100_PEAK,
            P_10 => &RENT_LAMBDA,
            P_11 => &RENT_HYPERSCALER,
            P_13 => &RENT_H800,
            P_14 => &AWS_PRICE_CUT,
            P_15 => &RENT_INDEX_LOW,
            A_01 => &SERVER_LIFE,
            O_01 => &FIRE_FLYER_2,
            O_03 => &LLAMA_HOURS,
            O_04 => &LLAMA_CLUSTER,
            O_05 => &GPT4_EPOCH,
            O_14 => &STRATECHERY,
        }
    }
}

const V3_TITLE: &str = "DeepSeek-V3 Technical Report";
const V3_DATE: Dated = Dated::Revised(When::Day(2024, 12, 27), When::Day(2025, 2, 18));
const V3_HTML: &str = "https://arxiv.org/html/2412.19437v2";
const SA_TITLE: &str =
    "DeepSeek Debates: Chinese Leadership On Cost, True Training Cost, Closed Model Margin Impacts";
const SA_URL: &str = "https://semianalysis.com/2025/01/31/deepseek-debates/";
const SA_BY: &str = "SemiAnalysis (Dylan Patel, AJ Kourabi, Doug O'Laughlin, Reyk Knuhtsen)";
const R1_TITLE: &str = "DeepSeek-R1 incentivizes reasoning in LLMs through reinforcement learning, Supplementary Information";
const R1_URL: &str = "https://www.nature.com/articles/s41586-025-09422-z";
const EPOCH_PRICES: &str =
    "https://github.com/epoch-research/training-cost-trends/blob/main/data/Hardware%20prices.csv";

static V3_REPORT_01: Fact = Fact {
    id: FactId::V3_01,
    row: "V3-01",
    title: V3_TITLE,
    publisher: "DeepSeek-AI",
    date: V3_DATE,
    url: "https://arxiv.org/abs/2412.19437",
    quote: Quote::Exact("DeepSeek-V3 requires only 2.788M H800 GPU hours for its full training."),
};
static V3_REPORT_05: Fact = Fact {
    id: FactId::V3_05,
    row: "V3-05",
    title: V3_TITLE,
    publisher: "DeepSeek-AI",
    date: V3_DATE,
    url: V3_HTML,
    quote: Quote::Exact("Assuming the rental price of the H800 GPU is $2 per GPU hour"),
};
static V3_REPORT_06: Fact = Fact {
    id: FactId::V3_06,
    row: "V3-06",
    title: V3_TITLE,
    publisher: "DeepSeek-AI",
    date: V3_DATE,
    url: V3_HTML,
    quote: Quote::Exact(
        "Assuming the rental price of the H800 GPU is $2 per GPU hour, our total training costs amount to only $5.576M.",
    ),
};
static V3_REPORT_08: Fact = Fact {
    id: FactId::V3_08,
    row: "V3-08",
    title: V3_TITLE,
    publisher: "DeepSeek-AI",
    date: V3_DATE,
    url: V3_HTML,
    quote: Quote::Exact("DeepSeek-V3 is trained on a cluster equipped with 2048 NVIDIA H800 GPUs."),
};
static V3_REPORT_11: Fact = Fact {
    id: FactId::V3_11,
    row: "V3-11",
    title: V3_TITLE,
    publisher: "DeepSeek-AI",
    date: V3_DATE,
    url: V3_HTML,
    quote: Quote::Exact("our pre-training stage is completed in less than two months"),
};
static V3_REPORT_12: Fact = Fact {
    id: FactId::V3_12,
    row: "V3-12",
    title: V3_TITLE,
    publisher: "DeepSeek-AI",
    date: V3_DATE,
    url: V3_HTML,
    quote: Quote::Exact(
        "the aforementioned costs include only the official training of DeepSeek-V3, excluding the costs associated with prior research and ablation experiments on architectures, algorithms, or data.",
    ),
};
static SEMI_01: Fact = Fact {
    id: FactId::SA_01,
    row: "SA-01",
    title: SA_TITLE,
    publisher: SA_BY,
    date: Dated::On(When::Day(2025, 1, 31)),
    url: SA_URL,
    quote: Quote::Exact(
        "We believe they have access to around 50,000 Hopper GPUs, which is not the same as 50,000 H100, as some have claimed.",
    ),
};
static SEMI_03: Fact = Fact {
    id: FactId::SA_03,
    row: "SA-03",
    title: SA_TITLE,
    publisher: SA_BY,
    date: Dated::On(When::Day(2025, 1, 31)),
    url: SA_URL,
    quote: Quote::Exact(
        "These GPUs are shared between High-Flyer and DeepSeek and geographically distributed to an extent. They are used for trading, inference, training, and research.",
    ),
};
static SEMI_04: Fact = Fact {
    id: FactId::SA_04,
    row: "SA-04",
    title: SA_TITLE,
    publisher: SA_BY,
    date: Dated::On(When::Day(2025, 1, 31)),
    url: SA_URL,
    quote: Quote::Exact(
        "Our analysis shows that the total server CapEx for DeepSeek is ~$1.6B, with a considerable cost of $944M associated with operating such clusters.",
    ),
};
static SEMI_06: Fact = Fact {
    id: FactId::SA_06,
    row: "SA-06",
    title: SA_TITLE,
    publisher: SA_BY,
    date: Dated::On(When::Day(2025, 1, 31)),
    url: SA_URL,
    quote: Quote::Exact(
        "Excluded are important pieces of the puzzle like R&D and TCO of the hardware itself.",
    ),
};
static SEMI_CHART_READING: Fact = Fact {
    id: FactId::SA_09,
    row: "SA-09",
    title: "Thread on SemiAnalysis's GPU/capex chart (threadreader copy)",
    publisher: "\"Glenn\" (X thread)",
    date: Dated::On(When::Day(2025, 1, 31)),
    url: "https://threadreaderapp.com/thread/1885306497346752672.html",
    quote: Quote::Exact("if we are counting all 60,000 chips it is $1.6B and $640M p.a. of TCO"),
};
static LLAMA_HOURS: Fact = Fact {
    id: FactId::O_03,
    row: "O-03",
    title: "Llama 3.1 Model Card",
    publisher: "Meta",
    date: Dated::On(When::Day(2024, 7, 23)),
    url: "https://github.com/meta-llama/llama-models/blob/main/models/llama3_1/MODEL_CARD.md",
    // The 30.84M the widget shows is the model card's table row for the
    // 405B model; its sentence gives the whole family's 39.3M (O-03's note).
    quote: Quote::Paraphrase(tr!(
        "Table row: Llama 3.1 405B, 30.84M H100-80GB GPU-hours (the family's three models: 39.3M).",
        "Riga della tabella: Llama 3.1 405B, 30,84 milioni di ore-GPU su H100-80GB (i tre modelli della famiglia: 39,3 milioni).",
        "Linha da tabela: Llama 3.1 405B, 30,84 milhões de horas-GPU em H100-80GB (os três modelos da família: 39,3 milhões).",
        "Linha da tabela: Llama 3.1 405B, 30,84 milhões de horas-GPU em H100-80GB (os três modelos da família: 39,3 milhões).",
        "Fila de la tabla: Llama 3.1 405B, 30,84 millones de horas-GPU de H100-80GB (los tres modelos de la familia: 39,3 millones).",
        "Ligne du tableau\u{202f}: Llama 3.1 405B, 30,84 millions d'heures-GPU de H100-80GB (les trois modèles de la famille\u{202f}: 39,3 millions).",
        "Tabellenzeile: Llama 3.1 405B, 30,84 Mio. H100-80GB-GPU-Stunden (die drei Modelle der Familie: 39,3 Mio.).",
    )),
};
static GPT4_EPOCH: Fact = Fact {
    id: FactId::O_05,
    row: "O-05",
    title: "training-cost-trends model_costs.csv (GPT-4)",
    publisher: "Epoch AI (Cottier et al.)",
    date: Dated::On(When::Year(2024)),
    url: "https://github.com/epoch-research/training-cost-trends/blob/main/model_costs.csv",
    quote: Quote::Paraphrase(tr!(
        "Epoch AI's estimates for GPT-4: $40.7M amortized hardware and energy, $78.6M at cloud rental prices, $778M to buy the hardware.",
        "Le stime di Epoch AI per GPT-4: 40,7 milioni di dollari di hardware ed energia ammortizzati, 78,6 milioni a prezzi di noleggio cloud, 778 milioni per comprare l'hardware.",
        "As estimativas da Epoch AI para o GPT-4: US$ 40,7 milhões em hardware e energia amortizados, US$ 78,6 milhões a preços de aluguel em nuvem, US$ 778 milhões para comprar o hardware.",
        "As estimativas da Epoch AI para o GPT-4: 40,7 milhões de dólares em hardware e energia amortizados, 78,6 milhões a preços de aluguer na nuvem, 778 milhões para comprar o hardware.",
        "Estimaciones de Epoch AI para GPT-4: 40,7 millones de dólares de hardware y energía amortizados, 78,6 millones a precios de alquiler en la nube, 778 millones para comprar el hardware.",
        "Estimations d'Epoch AI pour GPT-4\u{202f}: 40,7 millions de dollars de matériel et d'énergie amortis, 78,6 millions aux prix de location du cloud, 778 millions pour acheter le matériel.",
        "Schätzungen von Epoch AI für GPT-4: 40,7 Mio. Dollar abgeschriebene Hardware und Energie, 78,6 Mio. zu Cloud-Mietpreisen, 778 Mio. für den Kauf der Hardware.",
    )),
};
static R1_TABLE_7: Fact = Fact {
    id: FactId::R1_01,
    row: "R1-01",
    title: R1_TITLE,
    publisher: "DeepSeek-AI (Nature)",
    date: Dated::On(When::Day(2025, 9, 17)),
    url: R1_URL,
    quote: Quote::Exact(
        "Training costs of DeepSeek-R1, assuming the rental price of H800 is $2 per GPU hour.",
    ),
};
static R1_HARDWARE: Fact = Fact {
    id: FactId::R1_02,
    row: "R1-02",
    title: R1_TITLE,
    publisher: "DeepSeek-AI (Nature)",
    date: Dated::On(When::Day(2025, 9, 17)),
    url: R1_URL,
    quote: Quote::Exact("the process required approximately 198 hours"),
};
static R1_STAGE_HOURS: Fact = Fact {
    id: FactId::R1_02_R1,
    row: "R1-02",
    title: R1_TITLE,
    publisher: "DeepSeek-AI (Nature)",
    date: Dated::On(When::Day(2025, 9, 17)),
    url: R1_URL,
    quote: Quote::Exact("completing the process in about 4 days, or roughly 80 hours"),
};
static PRICE_H100_SALE: Fact = Fact {
    id: FactId::P_01,
    row: "P-01",
    title: "Nvidia garners reported 1,000% profit on each H100 GPU",
    publisher: "TechSpot (citing Raymond James)",
    date: Dated::On(When::Month(2023, 8)),
    url:
        "https://www.techspot.com/news/99839-nvidia-garners-reported-1000-profit-each-h100-gpu.html",
    quote: Quote::Exact("sold to end customers for a price ranging from $25,000 to $30,000"),
};
static PRICE_H800_RESELLERS: Fact = Fact {
    id: FactId::P_05,
    row: "P-05",
    title: "Hardware prices dataset (H800 prices listed by resellers in 2025)",
    publisher: "Epoch AI",
    date: Dated::Span(When::Month(2025, 2), When::Month(2025, 3)),
    url: EPOCH_PRICES,
    quote: Quote::Paraphrase(tr!(
        "H800 SXM5 at $33,800 and H800 PCIe at $31,729 in resellers' 2025 listings, not Nvidia list prices (data rows).",
        "H800 SXM5 a 33.800 dollari e H800 PCIe a 31.729 dollari negli annunci di rivenditori del 2025, non prezzi di listino di Nvidia (righe del dataset).",
        "H800 SXM5 a US$ 33.800 e H800 PCIe a US$ 31.729 em anúncios de revendedores de 2025, não preços de tabela da Nvidia (linhas do conjunto de dados).",
        "H800 SXM5 a 33 800 dólares e H800 PCIe a 31 729 dólares em anúncios de revendedores de 2025, não preços de tabela da Nvidia (linhas do conjunto de dados).",
        "H800 SXM5 a 33.800 dólares y H800 PCIe a 31.729 dólares en anuncios de revendedores de 2025, no precios de lista de Nvidia (filas de datos).",
        "H800 SXM5 à 33\u{202f}800 dollars et H800 PCIe à 31\u{202f}729 dollars dans des annonces de revendeurs de 2025, pas des prix catalogue de Nvidia (lignes de données).",
        "H800 SXM5 für 33.800 Dollar und H800 PCIe für 31.729 Dollar in Händlerangeboten von 2025, keine Nvidia-Listenpreise (Datenzeilen).",
    )),
};
static PRICE_DGX_H800: Fact = Fact {
    id: FactId::P_06,
    row: "P-06",
    title: "Hardware prices dataset (DGX-H800 server)",
    publisher: "Epoch AI",
    date: Dated::On(When::Day(2025, 2, 21)),
    url: EPOCH_PRICES,
    quote: Quote::Paraphrase(tr!(
        "A DGX-H800 8-GPU server works out at $44,750 per GPU (data row).",
        "Un server DGX-H800 da 8 GPU costa 44.750 dollari per GPU (riga del dataset).",
        "Um servidor DGX-H800 de 8 GPUs sai a US$ 44.750 por GPU (linha do conjunto de dados).",
        "Um servidor DGX-H800 de 8 GPU fica a 44 750 dólares por GPU (linha do conjunto de dados).",
        "Un servidor DGX-H800 de 8 GPU sale a 44.750 dólares por GPU (fila de datos).",
        "Un serveur DGX-H800 à 8 GPU revient à 44\u{202f}750 dollars par GPU (ligne de données).",
        "Ein DGX-H800-Server mit 8 GPUs kommt auf 44.750 Dollar pro GPU (Datenzeile).",
    )),
};
static PRICE_H20: Fact = Fact {
    id: FactId::P_08,
    row: "P-08",
    title: "Reuters report on Nvidia H20 pre-orders (syndicated)",
    publisher: "Reuters",
    date: Dated::Early(2024),
    url: "https://dunyanews.tv/amp/english/788751.php",
    quote: Quote::Exact(
        "Nvidia has in recent weeks been pricing orders for H20 distributors in China in a range of $12,000 to $15,000 per card",
    ),
};
static RENT_H100_PEAK: Fact = Fact {
    id: FactId::P_09,
    row: "P-09",
    title: "$2 H100s: How the GPU Bubble Burst",
    publisher: "Eugene Cheah (Latent Space)",
    date: Dated::On(When::Month(2024, 10)),
    url: "https://www.latent.space/p/gpu-bubble",
    quote: Quote::Paraphrase(tr!(
        "H100 rental reached as high as $8 per hour in 2023, then dropped below $2 by October 2024.",
        "Nel 2023 il noleggio di una H100 è arrivato a 8 dollari l'ora, poi è sceso sotto i 2 dollari entro ottobre 2024.",
        "Em 2023 o aluguel de uma H100 chegou a US$ 8 por hora e caiu para menos de US$ 2 até outubro de 2024.",
        "Em 2023 o aluguer de uma H100 chegou a 8 dólares por hora e desceu abaixo de 2 dólares até outubro de 2024.",
        "El alquiler de la H100 llegó a 8 dólares por hora en 2023 y en octubre de 2024 ya no llegaba a 2.",
        "La location du H100 a atteint 8 dollars de l'heure en 2023, puis était tombée sous les 2 dollars en octobre 2024.",
        "Die H100-Miete erreichte 2023 bis zu 8 Dollar pro Stunde und fiel bis Oktober 2024 unter 2 Dollar.",
    )),
};
static RENT_LAMBDA: Fact = Fact {
    id: FactId::P_10,
    row: "P-10",
    title: "Lambda GPU Cloud pricing page (archived)",
    publisher: "Lambda, via Epoch AI",
    date: Dated::On(When::Month(2024, 9)),
    url: "https://web.archive.org/web/20240901231348/https://lambdalabs.com/service/gpu-cloud",
    quote: Quote::Paraphrase(tr!(
        "H100 SXM on demand at $2.99 per GPU-hour (Sep 2024 list price).",
        "H100 SXM on demand a 2,99 dollari per ora-GPU (listino di settembre 2024).",
        "H100 SXM sob demanda a US$ 2,99 por hora-GPU (preço de tabela de setembro de 2024).",
        "H100 SXM a pedido a 2,99 dólares por hora-GPU (preço de tabela de setembro de 2024).",
        "H100 SXM bajo demanda a 2,99 dólares por hora-GPU (precio de lista de sept 2024).",
        "H100 SXM à la demande à 2,99 dollars par heure-GPU (prix catalogue de sept. 2024).",
        "H100 SXM auf Abruf für 2,99 Dollar pro GPU-Stunde (Listenpreis Sept. 2024).",
    )),
};
static RENT_HYPERSCALER: Fact = Fact {
    id: FactId::P_11,
    row: "P-11",
    title: "AWS EC2 on-demand pricing (archived)",
    publisher: "AWS, via Epoch AI",
    date: Dated::On(When::Day(2025, 3, 17)),
    url: "https://web.archive.org/web/20250317144823/https://aws.amazon.com/ec2/pricing/on-demand/",
    quote: Quote::Paraphrase(tr!(
        "p5.48xlarge (8 × H100) at $98.32 per hour, so $12.29 per GPU-hour on demand.",
        "p5.48xlarge (8 × H100) a 98,32 dollari l'ora, cioè 12,29 dollari per ora-GPU on demand.",
        "p5.48xlarge (8 × H100) a US$ 98,32 por hora, ou seja, US$ 12,29 por hora-GPU sob demanda.",
        "p5.48xlarge (8 × H100) a 98,32 dólares por hora, ou seja, 12,29 dólares por hora-GPU a pedido.",
        "p5.48xlarge (8 × H100) a 98,32 dólares por hora, es decir, 12,29 dólares por hora-GPU bajo demanda.",
        "p5.48xlarge (8 × H100) à 98,32 dollars de l'heure, soit 12,29 dollars par heure-GPU à la demande.",
        "p5.48xlarge (8 × H100) für 98,32 Dollar pro Stunde, also 12,29 Dollar pro GPU-Stunde auf Abruf.",
    )),
};
static RENT_H800: Fact = Fact {
    id: FactId::P_13,
    row: "P-13",
    title: "CR8DL cloud GPU price page (archived)",
    publisher: "CR8DL, via Epoch AI",
    date: Dated::Both(When::Month(2024, 8), When::Month(2025, 3)),
    url: "https://web.archive.org/web/20250303170410/https://www.cr8dl.ai/cloud-gpu",
    quote: Quote::Paraphrase(tr!(
        "H800 rented at $3.42 per GPU-hour (neocloud list price).",
        "H800 a noleggio a 3,42 dollari per ora-GPU (listino di un neocloud).",
        "H800 alugada a US$ 3,42 por hora-GPU (preço de tabela de uma neocloud).",
        "H800 alugada a 3,42 dólares por hora-GPU (preço de tabela de uma neocloud).",
        "H800 alquilada a 3,42 dólares por hora-GPU (precio de lista de una neocloud).",
        "H800 loué à 3,42 dollars par heure-GPU (prix catalogue d'un néocloud).",
        "H800 gemietet für 3,42 Dollar pro GPU-Stunde (Listenpreis einer Neocloud).",
    )),
};
static RENT_INDEX_LOW: Fact = Fact {
    id: FactId::P_15,
    row: "P-15",
    title: "GPU rental index (secondary summaries of SemiAnalysis)",
    publisher: "secondary summaries citing SemiAnalysis",
    date: Dated::On(When::Month(2025, 10)),
    url: "https://newsletter.semianalysis.com/p/the-great-gpu-shortage-rental-capacity",
    quote: Quote::Paraphrase(tr!(
        "H100 one-year-contract rent fell to about $1.70 per GPU-hour in Oct 2025 (not read in the primary).",
        "Il noleggio di H100 con contratto annuale è sceso a circa 1,70 dollari per ora-GPU a ottobre 2025 (fonte primaria non consultata).",
        "O aluguel de H100 com contrato de um ano caiu para cerca de US$ 1,70 por hora-GPU em outubro de 2025 (fonte primária não consultada).",
        "O aluguer de H100 com contrato de um ano desceu para cerca de 1,70 dólares por hora-GPU em outubro de 2025 (fonte primária não consultada).",
        "El alquiler de la H100 con contrato de un año bajó a unos 1,70 dólares por hora-GPU en oct 2025 (fuente primaria no consultada).",
        "La location du H100 avec un contrat d'un an est tombée à environ 1,70 dollar par heure-GPU en oct. 2025 (source primaire non consultée).",
        "Die H100-Miete mit Einjahresvertrag fiel im Okt. 2025 auf etwa 1,70 Dollar pro GPU-Stunde (Primärquelle nicht eingesehen).",
    )),
};
static FIRE_FLYER_2: Fact = Fact {
    id: FactId::O_01,
    row: "O-01",
    title: "Fire-Flyer AI-HPC: A Cost-Effective Software-Hardware Co-Design for Deep Learning",
    publisher: "DeepSeek-AI / High-Flyer",
    date: Dated::On(When::Day(2024, 8, 26)),
    url: "https://arxiv.org/abs/2408.14158",
    quote: Quote::Exact("we deployed the Fire-Flyer 2 with 10,000 PCIe A100 GPUs"),
};
static LLAMA_CLUSTER: Fact = Fact {
    id: FactId::O_04,
    row: "O-04",
    title: "All ML Systems database (Llama 3.1 405B)",
    publisher: "Epoch AI",
    date: Dated::Snapshot(2025, 2026),
    url: "https://github.com/epoch-research/training-cost-trends/blob/main/data/All%20ML%20Systems%20-%20full%20view.csv",
    quote: Quote::Paraphrase(tr!(
        "Meta trained Llama 3.1 405B on 16,384 H100 GPUs (stated in the Llama 3 paper).",
        "Meta ha addestrato Llama 3.1 405B su 16.384 GPU H100 (dichiarato nell'articolo su Llama 3).",
        "A Meta treinou o Llama 3.1 405B em 16.384 GPUs H100 (informado no artigo do Llama 3).",
        "A Meta treinou o Llama 3.1 405B em 16 384 GPU H100 (indicado no artigo do Llama 3).",
        "Meta entrenó Llama 3.1 405B con 16.384 GPU H100 (según el artículo de Llama 3).",
        "Meta a entraîné Llama 3.1 405B sur 16\u{202f}384 GPU H100 (selon l'article de Llama 3).",
        "Meta hat Llama 3.1 405B auf 16.384 H100-GPUs trainiert (laut dem Llama-3-Paper).",
    )),
};
static STRATECHERY: Fact = Fact {
    id: FactId::O_14,
    row: "O-14",
    title: "DeepSeek FAQ",
    publisher: "Stratechery (Ben Thompson)",
    date: Dated::On(When::Day(2025, 1, 27)),
    url: "https://stratechery.com/2025/deepseek-faq/",
    quote: Quote::Exact("So no, you can't replicate DeepSeek the company for $5.576 million."),
};
static AWS_PRICE_CUT: Fact = Fact {
    id: FactId::P_14,
    row: "P-14",
    title: "LLM cost optimization on AWS (secondary)",
    publisher: "usage.ai",
    date: Dated::On(When::Month(2025, 6)),
    url: "https://www.usage.ai/blogs/aws/ai-ml-cost/llm-cost-optimization-aws/",
    quote: Quote::Exact(
        "The biggest change was for P5 instances powered by NVIDIA H100 Tensor Core GPUs, where On-Demand pricing dropped by up to 45%",
    ),
};
static SERVER_LIFE: Fact = Fact {
    id: FactId::A_01,
    row: "A-01",
    title: "Microsoft extends life of cloud servers from four to six years",
    publisher: "The Register",
    date: Dated::On(When::Day(2022, 8, 2)),
    url: "https://www.theregister.com/2022/08/02/microsoft_server_life_extension/",
    quote: Quote::Exact(
        "We are extending the depreciable useful life for server and network equipment assets in our cloud infrastructure from four to six years",
    ),
};

/// Splits rows into runs that cite the same document (same title), so a
/// document is named once however many of its rows are cited.
pub fn by_document(ids: &[FactId]) -> Vec<Vec<FactId>> {
    let mut groups: Vec<Vec<FactId>> = Vec::new();
    for &id in ids {
        match groups
            .iter_mut()
            .find(|g| g[0].fact().title == id.fact().title)
        {
            Some(g) => g.push(id),
            None => groups.push(vec![id]),
        }
    }
    groups
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_group_by_document_in_first_seen_order() {
        let g = by_document(&[FactId::SA_04, FactId::V3_08, FactId::SA_01]);
        assert_eq!(
            g,
            vec![vec![FactId::SA_04, FactId::SA_01], vec![FactId::V3_08]]
        );
        assert!(by_document(&[]).is_empty());
    }

    fn facts_md() -> String {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../shared/sources/FACTS.md");
        std::fs::read_to_string(path).expect("shared/sources/FACTS.md sits beside the repository")
    }

    fn row<'a>(md: &'a str, id: &str) -> &'a str {
        let prefix = format!("| {id} |");
        md.lines()
            .find(|l| l.starts_with(&prefix))
            .unwrap_or_else(|| panic!("FACTS.md has no row {id}"))
    }

    #[test]
    fn every_fact_is_a_facts_md_row_with_its_url_and_exact_quote() {
        let md = facts_md();
        for id in FactId::ALL {
            let f = id.fact();
            assert_eq!(f.id, id, "{} is filed under the wrong id", f.row);
            let line = row(&md, f.row);
            assert!(
                line.contains(f.url),
                "{}: URL {} not in FACTS.md row",
                f.row,
                f.url
            );
            if let Quote::Exact(q) = f.quote {
                // A row may point at another's quote: "(same sentence as V3-05)".
                let quoted = match line.split_once("(same sentence as ") {
                    Some((_, rest)) => row(&md, rest.split(')').next().unwrap_or_default()),
                    None => line,
                };
                assert!(
                    quoted.contains(q),
                    "{}: quote not verbatim in FACTS.md: {q}",
                    f.row
                );
            }
        }
    }

    #[test]
    fn every_url_is_https() {
        for id in FactId::ALL {
            let url = id.fact().url;
            assert!(url.starts_with("https://") && !url.contains(' '), "{url}");
        }
    }

    #[test]
    fn each_row_is_filed_once_but_for_a_row_quoted_at_two_places() {
        let mut keys: Vec<_> = FactId::ALL
            .iter()
            .map(|f| (f.fact().row, f.fact().quote))
            .collect();
        keys.sort_by_key(|(row, q)| (*row, format!("{q:?}")));
        keys.dedup();
        assert_eq!(keys.len(), FactId::ALL.len());
        // A row filed twice is one document, quoted where each value is.
        for a in FactId::ALL {
            for b in FactId::ALL {
                let (a, b) = (a.fact(), b.fact());
                if a.row == b.row {
                    assert_eq!(
                        (a.url, a.title, a.date),
                        (b.url, b.title, b.date),
                        "{}",
                        a.row
                    );
                }
            }
        }
        let twice: Vec<_> = FactId::ALL
            .iter()
            .filter(|f| f.fact().row == "R1-02")
            .collect();
        assert_eq!(twice.len(), 2);
    }
}
