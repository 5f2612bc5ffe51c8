//! Every string of the interface, in English, Italian, Brazilian and
//! European Portuguese. `{}` marks where a number or phrase goes (filled in
//! order by `locale::fill`); a test checks every language has the same slots.
//! Quotes from sources are not here: they stay in their source's language.

use super::locale::{tr, Tr};

macro_rules! messages {
    ($($name:ident),* $(,)?) => {
        /// The interface's text, one `Tr` per message.
        pub struct Messages { $(pub $name: Tr,)* }
        impl Messages {
            /// Every message with its name, for tests.
            pub fn all(&self) -> Vec<(&'static str, Tr)> {
                vec![$((stringify!($name), self.$name),)*]
            }
        }
    };
}

messages!(
    kicker,
    title,
    lede_start,
    lede_rent,
    lede_and,
    lede_buy,
    lede_end,
    scenarios,
    reset,
    result_label,
    inputs_label,
    language,
    total_rent,
    total_buy,
    total_servers,
    exactly,
    estimate_total,
    gpu_hours_at_price,
    share,
    share_hours,
    fleet_share,
    derived_total,
    own_scenario,
    live_total,
    track_label,
    below_scale,
    above_scale,
    gpus_title,
    price_title,
    hours_title,
    gpus_hint,
    rent_hint,
    buy_hint,
    hours_hint,
    hours_hint_buy,
    basis_legend,
    rent,
    buy,
    rejected,
    clamped,
    not_cited,
    between,
    above_highest,
    below_lowest,
    paraphrase,
    derived,
    derived_mark,
    leaves_title,
    leaves_body,
    method,
    gpu_one,
    gpu_other,
    per_gpu_hour,
    per_gpu,
    hour_one,
    hour_other,
    about_days,
    about_years,
    hours_short,
    gpu_hours,
    money_words,
    share_label,
    copy_link,
    copy_embed,
    share_native,
    copied_link,
    copied_embed,
    copy_blocked,
    bad_options,
    bad_option,
    bad_number,
    fallback_v3,
    fallback_fleet,
    fallback_why,
    bridge_title,
    bridge_start,
    bridge_end,
    bridge_gpus,
    bridge_buy,
    bridge_product,
    bridge_you,
    bridge_driver_gpus,
    bridge_driver_price,
    bridge_driver_gpus_buy,
    bridge_driver_price_buy,
    you,
    days,
    bridge_mid,
    bridge_derived,
    claim_title,
    claim_label,
    claim_placeholder,
    claim_rent,
    claim_buy,
    claim_bad,
    band_legend,
    compare_llama,
    compare_gpt4,
    sensitivity_title,
    sensitivity_row,
    sensitivity_fixed,
    for_teachers,
    present,
    present_exit,
    fullscreen,
    story_start,
    story_resume,
    next,
    back,
    step_of,
    story_closing_title,
    story_closing,
    predict,
    predict_prompt,
    predict_label,
    predict_reveal,
    predict_bad,
    hidden_total,
    verdict_high,
    verdict_low,
    verdict_exact,
    offline,
    download_image,
    image_saved,
    image_failed,
    worksheet_title,
    worksheet_link,
    teacher_copy,
    print_teacher_copy,
    local_only,
    cite_more,
    corrections_title,
    source_lead,
    tab_why,
    tab_leaves,
    tab_share,
);

pub static M: Messages = Messages {
    kicker: tr!(
        "What did DeepSeek's AI cost to train?",
        "Quanto è costato addestrare l'IA di DeepSeek?",
        "Quanto custou treinar a IA da DeepSeek?",
        "Quanto custou treinar a IA da DeepSeek?",
    ),
    title: tr!(
        "$6M or $1.6B?",
        "6 milioni o 1,6 miliardi di dollari?",
        "US$ 6 milhões ou US$ 1,6 bilhão?",
        "6 milhões ou 1,6 mil milhões de dólares?",
    ),
    lede_start: tr!(
        "Both numbers can be right: they count different things. ",
        "Entrambe le cifre possono essere giuste: misurano cose diverse. ",
        "Os dois números podem estar certos: medem coisas diferentes. ",
        "Os dois números podem estar certos: medem coisas diferentes. ",
    ),
    lede_rent: tr!(
        "One training run, priced as if its GPUs were rented",
        "Un solo addestramento, valutato come se le GPU fossero a noleggio",
        "Um único treinamento, avaliado como se as GPUs fossem alugadas",
        "Um único treino, avaliado como se as GPU fossem alugadas",
    ),
    lede_and: tr!("; ", "; ", "; ", "; "),
    lede_buy: tr!(
        "an analyst's estimate of what a whole fleet cost to buy",
        "la stima di un analista di quanto è costata un'intera flotta",
        "a estimativa de um analista do custo de compra de uma frota inteira",
        "a estimativa de um analista do custo de compra de uma frota inteira",
    ),
    lede_end: tr!(
        ". Move the sliders to see why.",
        ". Sposta i cursori per capire perché.",
        ". Mova os controles deslizantes para entender por quê.",
        ". Mova os cursores para perceber porquê.",
    ),
    scenarios: tr!("Scenarios", "Scenari", "Cenários", "Cenários"),
    reset: tr!("Reset", "Ripristina", "Redefinir", "Repor"),
    result_label: tr!(
        "Scenarios, total and inputs",
        "Scenari, totale e parametri",
        "Cenários, total e parâmetros",
        "Cenários, total e parâmetros",
    ),
    inputs_label: tr!("Inputs", "Parametri", "Parâmetros", "Parâmetros"),
    language: tr!("Language", "Lingua", "Idioma", "Idioma"),
    total_rent: tr!(
        "Renting the GPUs for this run",
        "Noleggio delle GPU per questo addestramento",
        "Aluguel das GPUs para este treinamento",
        "Aluguer das GPU para este treino",
    ),
    total_buy: tr!(
        "Buying the GPUs outright",
        "Acquisto delle GPU",
        "Compra das GPUs",
        "Compra das GPU",
    ),
    total_servers: tr!(
        "Buying the servers, GPUs included",
        "Acquisto dei server, GPU comprese",
        "Compra dos servidores, GPUs incluídas",
        "Compra dos servidores, GPU incluídas",
    ),
    exactly: tr!("{} exactly", "{} esatti", "{} exatos", "{} exatos"),
    estimate_total: tr!(
        "= {} × {}: SemiAnalysis's estimate",
        "= {} × {}: la stima di SemiAnalysis",
        "= {} × {}: a estimativa da SemiAnalysis",
        "= {} × {}: a estimativa da SemiAnalysis",
    ),
    gpu_hours_at_price: tr!("{} GPU-hours in all", "{} ore-GPU in tutto", "{} horas-GPU no total", "{} horas-GPU no total"),
    share: tr!(
        "Share of these GPUs' purchase price used up in these hours, over an assumed 4-year service life: ",
        "Quota del prezzo d'acquisto di queste GPU consumata in queste ore, su una vita utile ipotizzata di 4 anni: ",
        "Parte do preço de compra destas GPUs consumida nestas horas, numa vida útil presumida de 4 anos: ",
        "Parte do preço de compra destas GPU consumida nestas horas, numa vida útil presumida de 4 anos: ",
    ),
    share_hours: tr!(
        " ({} of {} hours); over 6 years, {}.",
        " ({} su {} ore); su 6 anni, {}.",
        " ({} de {} horas); em 6 anos, {}.",
        " ({} de {} horas); em 6 anos, {}.",
    ),
    fleet_share: tr!(
        "The V3 run's share of this fleet: {} of {} GPUs for {} of an assumed 4-year service life, ",
        "La quota dell'addestramento di V3 su questa flotta: {} GPU su {} per {} di una vita utile ipotizzata di 4 anni, ",
        "A parte do treinamento do V3 nesta frota: {} de {} GPUs por {} de uma vida útil presumida de 4 anos, ",
        "A parte do treino do V3 nesta frota: {} de {} GPU durante {} de uma vida útil presumida de 4 anos, ",
    ),
    derived_total: tr!(
        "The total is our arithmetic on the cited inputs.",
        "Il totale è un nostro calcolo sui valori citati.",
        "O total é um cálculo nosso sobre os valores citados.",
        "O total é um cálculo nosso sobre os valores citados.",
    ),
    own_scenario: tr!(
        "Your own scenario: the arithmetic of the inputs below, each cited under its slider.",
        "Il tuo scenario: il calcolo sui valori qui sotto, ognuno con la sua fonte sotto il cursore.",
        "Seu próprio cenário: o cálculo com os valores abaixo, cada um com a fonte sob o controle.",
        "O seu cenário: o cálculo com os valores abaixo, cada um com a fonte sob o cursor.",
    ),
    live_total: tr!("Total: {} ({})", "Totale: {} ({})", "Total: {} ({})", "Total: {} ({})"),
    track_label: tr!(
        "Where the total sits, on a log scale from {} to {}",
        "Dove si colloca il totale, su scala logaritmica da {} a {}",
        "Onde fica o total, em escala logarítmica de {} a {}",
        "Onde fica o total, em escala logarítmica de {} a {}",
    ),
    below_scale: tr!(
        " The total is below the scale.",
        " Il totale è sotto la scala.",
        " O total está abaixo da escala.",
        " O total está abaixo da escala.",
    ),
    above_scale: tr!(
        " The total is above the scale.",
        " Il totale è oltre la scala.",
        " O total está acima da escala.",
        " O total está acima da escala.",
    ),
    gpus_title: tr!("GPU count", "Numero di GPU", "Número de GPUs", "Número de GPU"),
    price_title: tr!("Unit price", "Prezzo unitario", "Preço unitário", "Preço unitário"),
    hours_title: tr!("Training hours", "Ore di addestramento", "Horas de treinamento", "Horas de treino"),
    gpus_hint: tr!(
        "GPUs working in parallel",
        "GPU che lavorano in parallelo",
        "GPUs trabalhando em paralelo",
        "GPU a trabalhar em paralelo",
    ),
    rent_hint: tr!(
        "dollars per GPU per hour",
        "dollari per GPU all'ora",
        "dólares por GPU por hora",
        "dólares por GPU por hora",
    ),
    buy_hint: tr!("dollars per GPU", "dollari per GPU", "dólares por GPU", "dólares por GPU"),
    hours_hint: tr!(
        "wall-clock hours the GPUs run",
        "ore effettive di lavoro delle GPU",
        "horas reais de funcionamento das GPUs",
        "horas reais de funcionamento das GPU",
    ),
    hours_hint_buy: tr!(
        "when buying, the hours change this run's share of the hardware, not the purchase total",
        "con l'acquisto, le ore cambiano la quota dell'hardware usata da questo addestramento, non il totale dell'acquisto",
        "na compra, as horas mudam a parte do hardware usada neste treinamento, não o total da compra",
        "na compra, as horas mudam a parte do hardware usada neste treino, não o total da compra",
    ),
    basis_legend: tr!("Pricing basis", "Base del prezzo", "Base do preço", "Base do preço"),
    rent: tr!("Rent", "Noleggio", "Aluguel", "Aluguer"),
    buy: tr!("Buy", "Acquisto", "Compra", "Compra"),
    rejected: tr!(
        "Type a number, such as {}. Still using {}.",
        "Scrivi un numero, per esempio {}. Resta {}.",
        "Digite um número, por exemplo {}. Continua valendo {}.",
        "Escreva um número, por exemplo {}. Mantém-se {}.",
    ),
    clamped: tr!(
        "Kept within {} to {}.",
        "Limitato all'intervallo da {} a {}.",
        "Mantido entre {} e {}.",
        "Mantido entre {} e {}.",
    ),
    not_cited: tr!(
        "Not a cited value: {}. Nearest:",
        "Non è un valore citato: {}. Il più vicino:",
        "Não é um valor citado: {}. O mais próximo:",
        "Não é um valor citado: {}. O mais próximo:",
    ),
    between: tr!("between {} and {}", "tra {} e {}", "entre {} e {}", "entre {} e {}"),
    above_highest: tr!("above the highest, {}", "oltre il più alto, {}", "acima do maior, {}", "acima do maior, {}"),
    below_lowest: tr!("below the lowest, {}", "sotto il più basso, {}", "abaixo do menor, {}", "abaixo do menor, {}"),
    paraphrase: tr!("Paraphrase", "Parafrasi", "Paráfrase", "Paráfrase"),
    derived: tr!("Derived", "Calcolato", "Calculado", "Calculado"),
    derived_mark: tr!(" (derived)", " (calcolato)", " (calculado)", " (calculado)"),
    leaves_title: tr!(
        "What these numbers leave out",
        "Che cosa lasciano fuori queste cifre",
        "O que esses números deixam de fora",
        "O que estes números deixam de fora",
    ),
    leaves_body: tr!(
        "The $5.6M prices one successful final run as if its GPUs were rented. It leaves out the research and \
         ablations before it, failed runs, staff and data. The ~$1.6B is SemiAnalysis's estimate of the server \
         capex of a whole fleet that also serves trading, inference, research and failed runs for years. It is \
         server capital spending only: it leaves out the $944M SemiAnalysis puts on operating the clusters \
         (SA-04), staff and data, and it is not the cost of one model.",
        "I 5,6 milioni di dollari valutano un solo addestramento finale riuscito come se le GPU fossero a noleggio. \
         Restano fuori la ricerca e gli esperimenti precedenti, i tentativi falliti, il personale e i dati. \
         Gli 1,6 miliardi circa sono la stima di SemiAnalysis della spesa in server di un'intera flotta che per \
         anni serve anche al trading, all'inferenza, alla ricerca e ai tentativi falliti. Sono solo spesa in \
         conto capitale per i server: lasciano fuori i 944 milioni di dollari che SemiAnalysis attribuisce alla \
         gestione dei cluster (SA-04), il personale e i dati, e non sono il costo di un singolo modello.",
        "Os US$ 5,6 milhões avaliam um único treinamento final bem-sucedido como se as GPUs fossem alugadas. \
         Ficam de fora a pesquisa e os experimentos anteriores, as tentativas fracassadas, a equipe e os dados. \
         O cerca de US$ 1,6 bilhão é a estimativa da SemiAnalysis do gasto em servidores de uma frota inteira \
         que, por anos, também serve a operações financeiras, inferência, pesquisa e tentativas fracassadas. É só \
         investimento em servidores: deixa de fora os US$ 944 milhões que a SemiAnalysis atribui à operação dos \
         clusters (SA-04), a equipe e os dados, e não é o custo de um único modelo.",
        "Os 5,6 milhões de dólares avaliam um único treino final bem-sucedido como se as GPU fossem alugadas. \
         Ficam de fora a investigação e as experiências anteriores, as tentativas falhadas, a equipa e os dados. \
         Os cerca de 1,6 mil milhões são a estimativa da SemiAnalysis do investimento em servidores de uma frota \
         inteira que, durante anos, serve também para negociação financeira, inferência, investigação e \
         tentativas falhadas. São só investimento em servidores: deixam de fora os 944 milhões de dólares que a \
         SemiAnalysis atribui à operação dos clusters (SA-04), a equipa e os dados, e não são o custo de um \
         único modelo.",
    ),
    method: tr!(
        "Every figure traces to a row of the project's fact table (ids such as V3-08); derived values \
         show their arithmetic. Money is computed exactly, to the cent.",
        "Ogni cifra rimanda a una riga della tabella delle fonti del progetto (codici come V3-08); i valori \
         calcolati mostrano il calcolo. Gli importi sono esatti, al centesimo.",
        "Cada número remete a uma linha da tabela de fontes do projeto (códigos como V3-08); os valores \
         calculados mostram a conta. Os valores são exatos, até o centavo.",
        "Cada número remete para uma linha da tabela de fontes do projeto (códigos como V3-08); os valores \
         calculados mostram a conta. Os montantes são exatos, ao cêntimo.",
    ),
    gpu_one: tr!("{} GPU", "{} GPU", "{} GPU", "{} GPU"),
    gpu_other: tr!("{} GPUs", "{} GPU", "{} GPUs", "{} GPU"),
    per_gpu_hour: tr!("{} per GPU-hour", "{} per ora-GPU", "{} por hora-GPU", "{} por hora-GPU"),
    per_gpu: tr!("{} per GPU", "{} per GPU", "{} por GPU", "{} por GPU"),
    hour_one: tr!("{} hour", "{} ora", "{} hora", "{} hora"),
    hour_other: tr!("{} hours", "{} ore", "{} horas", "{} horas"),
    about_days: tr!("{}, about {} days", "{}, circa {} giorni", "{}, cerca de {} dias", "{}, cerca de {} dias"),
    about_years: tr!("{}, about {} years", "{}, circa {} anni", "{}, cerca de {} anos", "{}, cerca de {} anos"),
    hours_short: tr!("{} h", "{} h", "{} h", "{} h"),
    gpu_hours: tr!("{} GPU-hours", "{} ore-GPU", "{} horas-GPU", "{} horas-GPU"),
    // Headline money: Intl's long compact number ("5,58 milioni") inside the
    // currency phrase each language's press uses.
    money_words: tr!("${}", "{} di dollari", "US$ {}", "{} de dólares"),
    share_label: tr!("Share", "Condividi", "Compartilhar", "Partilhar"),
    copy_link: tr!("Copy link", "Copia il link", "Copiar link", "Copiar ligação"),
    copy_embed: tr!(
        "Copy embed code",
        "Copia il codice da incorporare",
        "Copiar código de incorporação",
        "Copiar código de incorporação",
    ),
    share_native: tr!("Share…", "Condividi…", "Compartilhar…", "Partilhar…"),
    copied_link: tr!(
        "Link copied: it opens exactly this view.",
        "Link copiato: apre esattamente questa vista.",
        "Link copiado: ele abre exatamente esta visualização.",
        "Ligação copiada: abre exatamente esta vista.",
    ),
    copied_embed: tr!(
        "Embed code copied: paste it into the article's HTML.",
        "Codice copiato: incollalo nell'HTML dell'articolo.",
        "Código copiado: cole-o no HTML da matéria.",
        "Código copiado: cole-o no HTML do artigo.",
    ),
    copy_blocked: tr!(
        "This page blocks copying: select the text below and copy it.",
        "Questa pagina blocca la copia: seleziona il testo qui sotto e copialo.",
        "Esta página bloqueia a cópia: selecione o texto abaixo e copie-o.",
        "Esta página bloqueia a cópia: selecione o texto abaixo e copie-o.",
    ),
    bad_options: tr!(
        "This DeepSeek cost explainer could not start: {}.",
        "Questo grafico sui costi di DeepSeek non è partito: {}.",
        "Este explicador dos custos da DeepSeek não pôde ser iniciado: {}.",
        "Este explicador dos custos da DeepSeek não conseguiu arrancar: {}.",
    ),
    bad_option: tr!(
        "data-{}=\"{}\" is not a valid value; use one of: {}",
        "data-{}=\"{}\" non è un valore valido; usa uno di questi: {}",
        "data-{}=\"{}\" não é um valor válido; use um destes: {}",
        "data-{}=\"{}\" não é um valor válido; use um destes: {}",
    ),
    bad_number: tr!(
        "data-{}=\"{}\" is not a valid value; use a plain number, with a dot before any decimals, such as {}",
        "data-{}=\"{}\" non è un valore valido; usa un numero semplice, con il punto prima degli eventuali decimali, come {}",
        "data-{}=\"{}\" não é um valor válido; use um número simples, com ponto antes dos decimais, como {}",
        "data-{}=\"{}\" não é um valor válido; use um número simples, com ponto antes das casas decimais, como {}",
    ),
    // Shown if the widget fails: the two numbers as Intl writes them, with no Intl needed.
    fallback_v3: tr!("$5,576,000", "5.576.000 $", "US$ 5.576.000", "5 576 000 US$"),
    fallback_fleet: tr!("$1,600,000,000", "1.600.000.000 $", "US$ 1.600.000.000", "1 600 000 000 US$"),
    fallback_why: tr!(
        "They measure different things: one run priced as if its GPUs were rented, and the estimated cost of buying a fleet used for years. The interactive explainer could not start here.",
        "Misurano cose diverse: un addestramento valutato come se le GPU fossero a noleggio e il costo stimato di una flotta usata per anni. Il grafico interattivo qui non è partito.",
        "Medem coisas diferentes: um treinamento avaliado como se as GPUs fossem alugadas e o custo estimado de uma frota usada por anos. O explicador interativo não pôde ser iniciado aqui.",
        "Medem coisas diferentes: um treino avaliado como se as GPU fossem alugadas e o custo estimado de uma frota usada durante anos. O explicador interativo não conseguiu arrancar aqui.",
    ),
    bridge_title: tr!(
        "Why the numbers differ: from $5.6M to $1.6B in two steps",
        "Perché le cifre sono diverse: da 5,6 milioni a 1,6 miliardi in due passi",
        "Por que os números diferem: de US$ 5,6 milhões a US$ 1,6 bilhão em dois passos",
        "Porque é que os números diferem: de 5,6 milhões a 1,6 mil milhões em dois passos",
    ),
    bridge_start: tr!("DeepSeek's V3 run", "L'addestramento di V3", "O treinamento do V3", "O treino do V3"),
    bridge_end: tr!(
        "SemiAnalysis's fleet",
        "La flotta secondo SemiAnalysis",
        "A frota segundo a SemiAnalysis",
        "A frota segundo a SemiAnalysis",
    ),
    bridge_gpus: tr!(
        "×{} for the GPUs: {} instead of {}",
        "×{} per le GPU: {} invece di {}",
        "×{} pelas GPUs: {} em vez de {}",
        "×{} pelas GPU: {} em vez de {}",
    ),
    bridge_buy: tr!(
        "×{} for buying them instead of renting them for {} (if every stage ran on all 2,048 GPUs)",
        "×{} per comprarle invece di noleggiarle per {} (se ogni fase avesse usato tutte le 2048 GPU)",
        "×{} por comprá-las em vez de alugá-las por {} (se todas as etapas tivessem usado as 2.048 GPUs)",
        "×{} por comprá-las em vez de as alugar durante {} (se todas as etapas tivessem usado as 2048 GPU)",
    ),
    bridge_product: tr!(
        "×{} in all. The two numbers count different things, and both can be right.",
        "×{} in tutto. Le due cifre contano cose diverse, e possono essere giuste entrambe.",
        "×{} no total. Os dois números contam coisas diferentes, e ambos podem estar certos.",
        "×{} no total. Os dois números contam coisas diferentes, e ambos podem estar certos.",
    ),
    bridge_you: tr!(
        "Your scenario, {}, is ×{} DeepSeek's $5.6M and {} of SemiAnalysis's $1.6B.",
        "Il tuo scenario, {}: ×{} rispetto ai 5,6 milioni di DeepSeek, {} degli 1,6 miliardi di SemiAnalysis.",
        "Seu cenário, {}, equivale a ×{} os US$ 5,6 milhões da DeepSeek e a {} do US$ 1,6 bilhão da SemiAnalysis.",
        "O seu cenário, {}, equivale a ×{} os 5,6 milhões da DeepSeek e a {} dos 1,6 mil milhões da SemiAnalysis.",
    ),
    bridge_driver_gpus: tr!(
        "Most of the gap from DeepSeek's run comes from the GPU count (×{}); price and hours give ×{}.",
        "Rispetto all'addestramento di DeepSeek, la differenza viene soprattutto dal numero di GPU (×{}); prezzo e ore danno ×{}.",
        "Em relação ao treinamento da DeepSeek, a diferença vem sobretudo do número de GPUs (×{}); preço e horas dão ×{}.",
        "Em relação ao treino da DeepSeek, a diferença vem sobretudo do número de GPU (×{}); preço e horas dão ×{}.",
    ),
    bridge_driver_price: tr!(
        "Most of the gap from DeepSeek's run comes from the price and hours (×{}); the GPU count gives ×{}.",
        "Rispetto all'addestramento di DeepSeek, la differenza viene soprattutto da prezzo e ore (×{}); il numero di GPU dà ×{}.",
        "Em relação ao treinamento da DeepSeek, a diferença vem sobretudo do preço e das horas (×{}); o número de GPUs dá ×{}.",
        "Em relação ao treino da DeepSeek, a diferença vem sobretudo do preço e das horas (×{}); o número de GPU dá ×{}.",
    ),
    bridge_driver_gpus_buy: tr!(
        "Most of the gap from DeepSeek's run comes from the GPU count (×{}); buying at this price instead of renting for the run's hours gives ×{}.",
        "Rispetto all'addestramento di DeepSeek, la differenza viene soprattutto dal numero di GPU (×{}); comprarle a questo prezzo invece di noleggiarle per le ore dell'addestramento dà ×{}.",
        "Em relação ao treinamento da DeepSeek, a diferença vem sobretudo do número de GPUs (×{}); comprá-las a este preço em vez de alugá-las pelas horas do treinamento dá ×{}.",
        "Em relação ao treino da DeepSeek, a diferença vem sobretudo do número de GPU (×{}); comprá-las a este preço em vez de as alugar durante as horas do treino dá ×{}.",
    ),
    bridge_driver_price_buy: tr!(
        "Most of the gap from DeepSeek's run comes from buying at this price instead of renting for the run's hours (×{}); the GPU count gives ×{}.",
        "Rispetto all'addestramento di DeepSeek, la differenza viene soprattutto dal comprare a questo prezzo invece di noleggiare per le ore dell'addestramento (×{}); il numero di GPU dà ×{}.",
        "Em relação ao treinamento da DeepSeek, a diferença vem sobretudo de comprar a este preço em vez de alugar pelas horas do treinamento (×{}); o número de GPUs dá ×{}.",
        "Em relação ao treino da DeepSeek, a diferença vem sobretudo de comprar a este preço em vez de alugar durante as horas do treino (×{}); o número de GPU dá ×{}.",
    ),
    you: tr!("You", "Tu", "Você", "O seu cenário"),
    days: tr!("{} days", "{} giorni", "{} dias", "{} dias"),
    band_legend: tr!(
        "Shaded: the totals the cited low and high inputs give, {} to {}. Grey: other models for comparison.",
        "In ombra: i totali dati dai valori citati più bassi e più alti, da {} a {}. In grigio: altri modelli a confronto.",
        "Sombreado: os totais dados pelos valores citados mais baixos e mais altos, de {} a {}. Em cinza: outros modelos para comparação.",
        "Sombreado: os totais dados pelos valores citados mais baixos e mais altos, de {} a {}. A cinzento: outros modelos para comparação.",
    ),
    compare_llama: tr!(
        "Llama 3.1 405B: 30.84M GPU-h at your rent",
        "Llama 3.1 405B: 30,84 mln ore-GPU al tuo noleggio",
        "Llama 3.1 405B: 30,84 mi horas-GPU ao seu aluguel",
        "Llama 3.1 405B: 30,84 M horas-GPU ao seu aluguer",
    ),
    compare_gpt4: tr!("GPT-4, Epoch AI's estimates", "GPT-4, stime di Epoch AI", "GPT-4, estimativas da Epoch AI", "GPT-4, estimativas da Epoch AI"),
    sensitivity_title: tr!(
        "Which input moves the total most",
        "Quale parametro sposta di più il totale",
        "Qual parâmetro mais move o total",
        "Que parâmetro mais move o total",
    ),
    sensitivity_row: tr!(
        "×{} across its cited range: {} to {}",
        "×{} nel suo intervallo citato: da {} a {}",
        "×{} no seu intervalo citado: de {} a {}",
        "×{} no seu intervalo citado: de {} a {}",
    ),
    sensitivity_fixed: tr!("fixed by its source", "fissato dalla fonte", "fixado pela fonte", "fixado pela fonte"),
    claim_title: tr!(
        "Check a headline figure",
        "Verifica una cifra dei titoli",
        "Confira um número das manchetes",
        "Verifique um número dos títulos",
    ),
    claim_label: tr!(
        "Type an amount as a headline wrote it",
        "Scrivi una cifra come l'ha scritta un titolo",
        "Digite um valor como uma manchete o escreveu",
        "Escreva um valor como um título o escreveu",
    ),
    claim_placeholder: tr!("$6M", "6 milioni di dollari", "US$ 6 milhões", "6 milhões de dólares"),
    claim_rent: tr!(
        "At {}, {} rents {}: {} on {}.",
        "A {}, con {} si noleggiano {}: {} su {}.",
        "A {}, {} pagam {}: {} em {}.",
        "A {}, {} pagam {}: {} em {}.",
    ),
    claim_buy: tr!("At {}, {} buys {}.", "A {}, {} comprano {}.", "A {}, {} compram {}.", "A {}, {} compram {}."),
    claim_bad: tr!(
        "Not a figure I can read. Try \"$6M\" or \"1.6 billion\".",
        "Non riesco a leggere questa cifra. Prova «6 milioni di dollari» o «1,6 miliardi».",
        "Não consigo ler este valor. Tente \"US$ 6 milhões\" ou \"1,6 bilhão\".",
        "Não consigo ler este valor. Experimente «6 milhões de dólares» ou «1,6 mil milhões».",
    ),
    bridge_derived: tr!(
        "The middle bar, the factors and the ×286.9 are our arithmetic on the cited rows below, computed from exact values: the rounded factors shown multiply to ×286.8.",
        "La barra centrale, i fattori e il ×286,9 sono un nostro calcolo sulle righe citate qui sotto, fatto sui valori esatti: i fattori arrotondati mostrati danno ×286,8.",
        "A barra do meio, os fatores e o ×286,9 são um cálculo nosso sobre as linhas citadas abaixo, feito com os valores exatos: os fatores arredondados mostrados dão ×286,8.",
        "A barra do meio, os fatores e o ×286,9 são um cálculo nosso sobre as linhas citadas abaixo, feito com os valores exatos: os fatores arredondados mostrados dão ×286,8.",
    ),
    bridge_mid: tr!("V3's run on {} GPUs", "V3 su {} GPU", "V3 em {} GPUs", "V3 em {} GPU"),
    for_teachers: tr!("For teachers", "Per insegnanti", "Para professores", "Para professores"),
    present: tr!("Present", "Presenta", "Apresentar", "Apresentar"),
    present_exit: tr!(
        "Leave presenter mode",
        "Esci dalla presentazione",
        "Sair da apresentação",
        "Sair da apresentação",
    ),
    fullscreen: tr!("Full screen", "Schermo intero", "Tela cheia", "Ecrã inteiro"),
    story_start: tr!("Start the story", "Inizia la storia", "Começar a história", "Começar a história"),
    story_resume: tr!(
        "Back to the story, step {}",
        "Torna alla storia, passo {}",
        "Voltar à história, passo {}",
        "Voltar à história, passo {}"
    ),
    next: tr!("Next", "Avanti", "Próximo", "Seguinte"),
    back: tr!("Back", "Indietro", "Voltar", "Anterior"),
    step_of: tr!("Step {} of {}", "Passo {} di {}", "Passo {} de {}", "Passo {} de {}"),
    story_closing_title: tr!(
        "How $5.6M and $1.6B fit together",
        "Come stanno insieme 5,6 milioni e 1,6 miliardi",
        "Como US$ 5,6 milhões e US$ 1,6 bilhão se encaixam",
        "Como 5,6 milhões e 1,6 mil milhões de dólares se ligam",
    ),
    story_closing: tr!(
        "Renting multiplies GPUs × price × hours; buying, GPUs × price. Take DeepSeek's {} and count the whole fleet's GPUs instead of the run's: ×{}. Then buy them instead of renting them for the run's {} (if every stage ran on all 2,048 GPUs): ×{}. That gives {}. One number is a single run priced as if rented; the other is an estimate of a fleet's server capex, hardware that also serves research and failed runs for years. The $5.6M leaves out research, failed runs and staff; the ~$1.6B is server capex only, without the $944M SemiAnalysis puts on operating the clusters, staff or data.",
        "Il noleggio moltiplica GPU × prezzo × ore; l'acquisto, GPU × prezzo. Si parte dai {} di DeepSeek e si contano le GPU dell'intera flotta invece di quelle dell'addestramento: ×{}. Poi le si compra invece di noleggiarle per i {} dell'addestramento (se ogni fase avesse usato tutte le 2048 GPU): ×{}. Si arriva a {}. Una cifra è un solo addestramento valutato come se fosse a noleggio; l'altra, la stima della spesa in server di una flotta, hardware che per anni serve anche alla ricerca e ai tentativi falliti. I 5,6 milioni lasciano fuori ricerca, tentativi falliti e personale; gli 1,6 miliardi circa sono solo spesa in server, senza i 944 milioni che SemiAnalysis attribuisce alla gestione dei cluster, né personale e dati.",
        "O aluguel multiplica GPUs × preço × horas; a compra, GPUs × preço. Parta dos {} da DeepSeek e conte as GPUs da frota inteira em vez das do treinamento: ×{}. Depois compre-as em vez de alugá-las pelos {} do treinamento (se todas as etapas tivessem usado as 2.048 GPUs): ×{}. O resultado é {}. Um número é um único treinamento avaliado como se fosse alugado; o outro, a estimativa do gasto em servidores de uma frota, hardware que por anos também serve à pesquisa e a tentativas fracassadas. Os US$ 5,6 milhões deixam de fora pesquisa, tentativas fracassadas e equipe; o cerca de US$ 1,6 bilhão é só investimento em servidores, sem os US$ 944 milhões que a SemiAnalysis atribui à operação dos clusters, nem equipe e dados.",
        "O aluguer multiplica GPU × preço × horas; a compra, GPU × preço. Parta dos {} da DeepSeek e conte as GPU da frota inteira em vez das do treino: ×{}. Depois compre-as em vez de as alugar durante os {} do treino (se todas as etapas tivessem usado as 2048 GPU): ×{}. O resultado é {}. Um número é um único treino avaliado como se fosse alugado; o outro, a estimativa do investimento em servidores de uma frota, hardware que durante anos serve também a investigação e tentativas falhadas. Os 5,6 milhões deixam de fora investigação, tentativas falhadas e pessoal; os cerca de 1,6 mil milhões são só investimento em servidores, sem os 944 milhões que a SemiAnalysis atribui à operação dos clusters, nem pessoal e dados.",
    ),
    predict: tr!("Predict first", "Prima indovina", "Adivinhe primeiro", "Adivinhe primeiro"),
    predict_prompt: tr!(
        "What do you think the total is? Type a guess, then reveal the answer.",
        "Quanto pensi che sia il totale? Scrivi una stima, poi scopri la risposta.",
        "Quanto você acha que dá o total? Digite um palpite e depois veja a resposta.",
        "Quanto acha que dá o total? Escreva um palpite e depois veja a resposta.",
    ),
    predict_label: tr!("Your guess", "La tua stima", "Seu palpite", "O seu palpite"),
    predict_reveal: tr!("Reveal", "Mostra", "Revelar", "Revelar"),
    predict_bad: tr!(
        "Type an amount in dollars, like $20M or $3 billion.",
        "Scrivi una cifra in dollari, come 20 milioni di dollari o 3 miliardi di dollari.",
        "Digite um valor em dólares, como US$ 20 milhões ou US$ 3 bilhões.",
        "Escreva um valor em dólares, como 20 milhões de dólares ou 3 mil milhões de dólares.",
    ),
    hidden_total: tr!(
        "Hidden until you guess",
        "Nascosto finché non fai una stima",
        "Oculto até você dar um palpite",
        "Oculto até dar um palpite",
    ),
    verdict_high: tr!(
        "You guessed {}; the answer is {}. Your guess was ×{} too high.",
        "Hai stimato {}; la risposta è {}. La tua stima era ×{} troppo alta.",
        "Seu palpite foi {}; a resposta é {}. Ficou ×{} acima.",
        "O seu palpite foi {}; a resposta é {}. Ficou ×{} acima.",
    ),
    verdict_low: tr!(
        "You guessed {}; the answer is {}. Your guess was ×{} too low.",
        "Hai stimato {}; la risposta è {}. La tua stima era ×{} troppo bassa.",
        "Seu palpite foi {}; a resposta é {}. Ficou ×{} abaixo.",
        "O seu palpite foi {}; a resposta é {}. Ficou ×{} abaixo.",
    ),
    verdict_exact: tr!(
        "You guessed {}: exactly right.",
        "Hai stimato {}: esatto.",
        "Seu palpite foi {}: exato.",
        "O seu palpite foi {}: exato.",
    ),
    offline: tr!(
        "Download for offline use",
        "Scarica per l'uso offline",
        "Baixar para usar offline",
        "Descarregar para usar offline",
    ),
    download_image: tr!(
        "Download image",
        "Scarica l'immagine",
        "Baixar imagem",
        "Descarregar imagem",
    ),
    image_saved: tr!(
        "Image downloaded.",
        "Immagine scaricata.",
        "Imagem baixada.",
        "Imagem descarregada.",
    ),
    image_failed: tr!(
        "The image could not be made.",
        "Impossibile creare l'immagine.",
        "Não foi possível criar a imagem.",
        "Não foi possível criar a imagem.",
    ),
    cite_more: tr!("Quote", "Citazione", "Citação", "Citação"),
    corrections_title: tr!(
        "Corrections and updates",
        "Correzioni e aggiornamenti",
        "Correções e atualizações",
        "Correções e atualizações",
    ),
    source_lead: tr!("Source:", "Fonte:", "Fonte:", "Fonte:"),
    tab_why: tr!("Why they differ", "Perché differiscono", "Por que diferem", "Porque diferem"),
    tab_leaves: tr!("What's left out", "Cosa escludono", "O que fica de fora", "O que fica de fora"),
    tab_share: tr!("Share and teach", "Condividi e insegna", "Compartilhe e ensine", "Partilhe e ensine"),
    worksheet_title: tr!("Worksheet", "Scheda di lavoro", "Folha de exercícios", "Ficha de trabalho"),
    local_only: tr!(
        "This file's links open only on this computer, so it offers no QR code and no embed code.",
        "I link di questo file si aprono solo su questo computer: per questo mancano il codice QR e il codice da incorporare.",
        "Os links deste arquivo só abrem neste computador: por isso não há código QR nem código de incorporação.",
        "As ligações deste ficheiro só abrem neste computador: por isso não há código QR nem código de incorporação.",
    ),
    teacher_copy: tr!(
        "Teacher's copy, with answers",
        "Copia per l'insegnante, con le risposte",
        "Cópia do professor, com as respostas",
        "Cópia do professor, com as respostas",
    ),
    print_teacher_copy: tr!(
        "Print the teacher's copy",
        "Stampa la copia per l'insegnante",
        "Imprimir a cópia do professor",
        "Imprimir a cópia do professor",
    ),
    worksheet_link: tr!(
        "Open this exact state: scan the code or type the link.",
        "Apri esattamente questa situazione: inquadra il codice o digita il link.",
        "Abra exatamente este cenário: leia o código ou digite o link.",
        "Abra exatamente este cenário: leia o código ou escreva a ligação.",
    ),
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_every_message_with_the_same_slots() {
        for (name, t) in M.all() {
            let slots = t.en().matches("{}").count();
            for s in t.all() {
                assert!(
                    !s.trim().is_empty() || name == "lede_and",
                    "{name} is empty"
                );
                assert_eq!(s.matches("{}").count(), slots, "{name}: {s:?}");
                assert!(!s.contains("  "), "{name} has a double space: {s:?}");
            }
        }
    }
}
