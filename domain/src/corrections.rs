//! What the explainer got wrong and when it was put right, as a reader sees
//! it under "Corrections and updates" (Distill's appendix of the same name).
//! Newest first; an entry is never edited away.

use super::locale::{tr, Tr};

/// One dated correction or update.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Correction {
    /// ISO 8601 (`2026-11-29`): one spelling for every language.
    pub date: &'static str,
    pub text: Tr,
}

pub const CORRECTIONS: &[Correction] = &[
    Correction {
        date: "2026-12-05",
        text: tr!(
            "After a second audit: SemiAnalysis's fleet now ranges from $1.4B (a reader's correction of its chart \
             for the Hoppers alone, SA-09, low confidence) to ~$1.6B, no longer from the chart's $1.3B, which that \
             reader calls a formula error. The ~$1.6B is no longer called \"exactly\", and it is server capex only: \
             it also leaves out the $944M of operating costs SemiAnalysis gives (SA-04). The H800's $33,800 is a \
             reseller's 2025 listing, not a list price. \"57 days\" assumes every stage ran on all 2,048 GPUs. \
             Derived values are tagged on their citation line. The band for buying V3's GPUs starts at an H100's $25,000 \
             (P-01), not at an H20's, a chip cut down for China (P-08). The fleet's headline buys servers, GPUs \
             included. Dates are written in the reader's language. From the first round, not logged then: the $32,000 \
             per GPU is our arithmetic on SemiAnalysis's figures, not its price; Llama is compared only when \
             renting; the lede says what each figure counts.",
            "Dopo una seconda verifica: la flotta di SemiAnalysis va ora da 1,4 miliardi (la correzione del suo \
             grafico per le sole Hopper fatta da un lettore, SA-09, affidabilità bassa) a circa 1,6 miliardi, non \
             più dagli 1,3 miliardi del grafico, che quel lettore considera un errore di formula. Gli 1,6 miliardi \
             circa non sono più detti «esatti» e sono solo spesa in server: lasciano fuori anche i 944 milioni di \
             costi di gestione indicati da SemiAnalysis (SA-04). I 33.800 dollari della H800 sono l'annuncio di un \
             rivenditore del 2025, non un prezzo di listino. I «57 giorni» presuppongono che ogni fase abbia usato \
             tutte le 2048 GPU. I valori calcolati lo dicono sulla riga della citazione. La banda per l'acquisto \
             delle GPU di V3 parte dai 25.000 dollari di una H100 (P-01), non da quelli di una H20, un chip ridotto per la Cina \
             (P-08). Per la flotta il titolo parla di server, GPU comprese. Le date sono scritte nella lingua di \
             chi legge. Dal primo giro, non \
             registrato allora: i 32.000 dollari per GPU sono un nostro calcolo sulle cifre di SemiAnalysis, non un \
             suo prezzo; Llama si confronta solo col noleggio; l'introduzione dice che cosa conta ogni cifra.",
            "Após uma segunda auditoria: a frota da SemiAnalysis vai agora de US$ 1,4 bilhão (a correção do seu \
             gráfico só para as Hopper feita por um leitor, SA-09, baixa confiança) a cerca de US$ 1,6 bilhão, não \
             mais do US$ 1,3 bilhão do gráfico, que esse leitor considera um erro de fórmula. O cerca de US$ 1,6 \
             bilhão não é mais chamado de \"exato\" e é só investimento em servidores: deixa de fora também os \
             US$ 944 milhões de custos de operação que a SemiAnalysis indica (SA-04). Os US$ 33.800 da H800 são o \
             anúncio de um revendedor em 2025, não um preço de tabela. Os \"57 dias\" supõem que todas as etapas \
             usaram as 2.048 GPUs. Os valores calculados dizem isso na linha da citação. A faixa para comprar as GPUs \
             do V3 parte dos US$ 25.000 de uma H100 (P-01), não dos de uma H20, um chip reduzido para a China (P-08). \
             Para a frota, o título fala de servidores, GPUs incluídas. As datas vêm no idioma de quem lê. Da \
             primeira rodada, sem \
             registro na época: os US$ 32.000 por GPU são uma conta nossa sobre os números da SemiAnalysis, não um \
             preço dela; a Llama só é comparada no aluguel; a introdução diz o que cada número conta.",
            "Após uma segunda auditoria: a frota da SemiAnalysis vai agora de 1,4 mil milhões (a correção do seu \
             gráfico só para as Hopper feita por um leitor, SA-09, baixa confiança) a cerca de 1,6 mil milhões, e \
             já não dos 1,3 mil milhões do gráfico, que esse leitor considera um erro de fórmula. Os cerca de 1,6 \
             mil milhões já não são ditos «exatos» e são só investimento em servidores: deixam de fora também os \
             944 milhões de custos de operação que a SemiAnalysis indica (SA-04). Os 33 800 dólares da H800 são o \
             anúncio de um revendedor em 2025, não um preço de tabela. Os «57 dias» pressupõem que todas as etapas \
             usaram as 2048 GPU. Os valores calculados dizem-no na linha da citação. A faixa para comprar as GPU do \
             V3 parte dos 25 000 dólares de uma H100 (P-01), não dos de uma H20, um chip reduzido para a China (P-08). \
             Para a frota, o título fala de servidores, GPU incluídas. As datas vêm na língua de quem lê. Da \
             primeira ronda, sem \
             registo na altura: os 32 000 dólares por GPU são uma conta nossa sobre os números da SemiAnalysis, \
             não um preço dela; a Llama só é comparada no aluguer; a introdução diz o que cada número conta.",
            "Tras una segunda auditoría: la flota de SemiAnalysis va ahora de 1.400 millones de dólares (la corrección que un lector hizo de su gráfico solo para las Hopper, SA-09, fiabilidad baja) a unos 1.600 millones, y ya no parte de los 1.300 millones del gráfico, que ese lector considera un error de fórmula. La cifra de unos 1.600 millones ya no se da por «exacta», y es solo gasto de capital en servidores: también deja fuera los 944 millones de costes operativos que da SemiAnalysis (SA-04). Los 33.800 dólares de la H800 son el anuncio de un revendedor en 2025, no un precio de lista. Los «57 días» suponen que todas las etapas usaron las 2048 GPU. Los valores calculados se marcan en la línea de su cita. La banda para comprar las GPU de V3 empieza en los 25.000 dólares de una H100 (P-01), no en los de una H20, un chip recortado para China (P-08). El rótulo de la flota habla de comprar servidores, GPU incluidas. Las fechas se escriben en el idioma del lector. De la primera ronda, sin registrar entonces: los 32.000 dólares por GPU son nuestro cálculo sobre las cifras de SemiAnalysis, no su precio; Llama solo se compara al alquilar; la entradilla dice qué cuenta cada cifra.",
            "Après un second audit\u{202f}: le parc de SemiAnalysis va désormais de 1,4 milliard de dollars (la correction, par un lecteur, de son graphique pour les seuls Hopper, SA-09, fiabilité faible) à environ 1,6 milliard, et non plus des 1,3 milliard du graphique, que ce lecteur tient pour une erreur de formule. Les quelque 1,6 milliard ne sont plus dits «\u{a0}exacts\u{a0}», et ne sont que des investissements en serveurs\u{202f}: ils laissent aussi de côté les 944 millions de dollars de coûts d'exploitation qu'indique SemiAnalysis (SA-04). Les 33\u{202f}800 dollars du H800 sont le prix affiché par un revendeur en 2025, pas un prix catalogue. Les «\u{a0}57 jours\u{a0}» supposent que chaque étape a tourné sur les 2\u{202f}048 GPU. Les valeurs calculées sont signalées sur leur ligne de citation. La fourchette pour acheter les GPU de V3 part des 25\u{202f}000 dollars d'un H100 (P-01), pas de ceux d'un H20, une puce bridée pour la Chine (P-08). Pour le parc, l'intitulé parle désormais d'achat de serveurs, GPU compris. Les dates s'écrivent dans la langue du lecteur. Du premier tour, non consigné alors\u{202f}: les 32\u{202f}000 dollars par GPU sont notre calcul à partir des chiffres de SemiAnalysis, pas son prix\u{202f}; Llama n'est comparé qu'en location\u{202f}; le chapeau dit ce que compte chaque chiffre.",
            "Nach einer zweiten Prüfung: Die Flotte laut SemiAnalysis: jetzt 1,4 Mrd. Dollar (Korrektur ihrer Grafik durch einen Leser, nur Hopper, SA-09, geringe Verlässlichkeit) bis rund 1,6 Mrd., nicht mehr ab den 1,3 Mrd. der Grafik, laut diesem Leser ein Formelfehler. Die rund 1,6 Mrd. heißen nicht mehr „genau“ und sind nur Serverinvestitionen: Auch die 944 Mio. Dollar Betriebskosten laut SemiAnalysis (SA-04) fehlen. Die 33.800 Dollar der H800 sind ein Händlerangebot von 2025, kein Listenpreis. Die „57 Tage“ setzen voraus, dass jede Phase auf allen 2.048 GPUs lief. Berechnete Werte sind in ihrer Quellenzeile gekennzeichnet. Das Band für den Kauf der V3-GPUs beginnt bei den 25.000 Dollar einer H100 (P-01), nicht bei einer H20, einem für China beschnittenen Chip (P-08). Die Zahl der Flotte steht für den Kauf von Servern, GPUs inklusive. Datumsangaben folgen der Sprache des Lesers. Aus der ersten Runde, damals nicht vermerkt: Die 32.000 Dollar pro GPU haben wir aus Zahlen von SemiAnalysis berechnet, es ist nicht ihr Preis; Llama wird nur beim Mieten verglichen; der Vorspann sagt, was jede Zahl zählt.",
        ),
    },
    Correction {
    date: "2026-11-29",
    text: tr!(
        "After an independent audit: on SemiAnalysis's fleet the share line charged all 50,000 GPUs to the V3 \
         run ($62.1M); it now shows the run's share, about $2.5M. The $1.6B leaves out staff, not research or \
         failed runs. Bands now use the sources' own ranges: $1.3B to $1.6B for the fleet. The 4-year service \
         life is marked as an assumption (A-01). \"Both numbers are real\" became \"both can be right\".",
        "Dopo una verifica indipendente: sulla flotta di SemiAnalysis la riga della quota addebitava tutte le \
         50.000 GPU all'addestramento di V3 (62,1 milioni); ora mostra la sua quota, circa 2,5 milioni. L'1,6 \
         miliardi lascia fuori il personale, non la ricerca né i tentativi falliti. Le bande usano gli intervalli \
         delle fonti: da 1,3 a 1,6 miliardi per la flotta. I 4 anni di vita utile sono un'ipotesi (A-01). \
         «Entrambe le cifre sono vere» è diventato «possono essere giuste entrambe».",
        "Após uma auditoria independente: na frota da SemiAnalysis a linha da parcela atribuía as 50 mil GPUs ao \
         treinamento do V3 (US$ 62,1 milhões); agora mostra a parte dele, cerca de US$ 2,5 milhões. O US$ 1,6 \
         bilhão deixa de fora a equipe, não a pesquisa nem as tentativas fracassadas. As faixas usam os \
         intervalos das fontes: de US$ 1,3 a 1,6 bilhão para a frota. Os 4 anos de vida útil são uma hipótese \
         (A-01). \"Os dois números são reais\" virou \"podem estar certos\".",
        "Após uma auditoria independente: na frota da SemiAnalysis a linha da parcela atribuía as 50 000 GPU ao \
         treino do V3 (62,1 milhões de dólares); agora mostra a parte dele, cerca de 2,5 milhões. Os 1,6 mil \
         milhões deixam de fora o pessoal, não a investigação nem as tentativas falhadas. As faixas usam os \
         intervalos das fontes: de 1,3 a 1,6 mil milhões para a frota. Os 4 anos de vida útil são uma hipótese \
         (A-01). «Os dois números são verdadeiros» passou a «podem estar certos».",
        "Tras una auditoría independiente: en la flota de SemiAnalysis, la línea de la parte proporcional imputaba las 50.000 GPU al entrenamiento de V3 (62,1 millones de dólares); ahora muestra solo la de este, unos 2,5 millones. Los 1.600 millones dejan fuera el personal, no la investigación ni los entrenamientos fallidos. Las bandas usan ahora los rangos de sus fuentes: de 1.300 a 1.600 millones de dólares para la flota. La vida útil de 4 años se marca como supuesto (A-01). «Ambas cifras son reales» pasó a ser «ambas pueden ser correctas».",
        "Après un audit indépendant\u{202f}: sur le parc de SemiAnalysis, la ligne de la quote-part imputait les 50\u{202f}000 GPU à l'entraînement de V3 (62,1 millions de dollars)\u{202f}; elle montre désormais la part de l'entraînement, environ 2,5 millions. Les 1,6 milliard laissent de côté le personnel, pas la recherche ni les entraînements ratés. Les fourchettes reprennent celles des sources\u{202f}: de 1,3 à 1,6 milliard de dollars pour le parc. La durée de vie de 4 ans est signalée comme une hypothèse (A-01). «\u{a0}Les deux chiffres sont réels\u{a0}» est devenu «\u{a0}les deux peuvent être justes\u{a0}».",
        "Nach einer unabhängigen Prüfung: Bei der Flotte laut SemiAnalysis rechnete die Anteilszeile alle 50.000 GPUs dem V3-Lauf zu (62,1 Mio. Dollar); jetzt zeigt sie den Anteil des Laufs, etwa 2,5 Mio. Den 1,6 Mrd. fehlt das Personal, nicht Forschung oder gescheiterte Läufe. Die Bänder folgen den Spannen der Quellen: 1,3 bis 1,6 Mrd. Dollar für die Flotte. Die Nutzungsdauer von 4 Jahren ist als Annahme markiert (A-01). Aus „Beide Zahlen sind echt“ wurde „beide können stimmen“.",
    ),
    },
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::locale::Locale;

    #[test]
    fn entries_are_dated_newest_first_and_say_what_changed() {
        assert!(!CORRECTIONS.is_empty());
        for c in CORRECTIONS {
            let d = c.date.as_bytes();
            assert!(d.len() == 10 && d[4] == b'-' && d[7] == b'-', "{}", c.date);
            for &l in Locale::ALL {
                assert!(c.text.get(l).len() > 40, "{} {l:?}", c.date);
            }
        }
        assert!(CORRECTIONS.windows(2).all(|w| w[0].date >= w[1].date));
        // The first entry names what the audit corrected.
        let first = CORRECTIONS.last().unwrap().text.get(Locale::En);
        for said in [
            "$62.1M",
            "$2.5M",
            "staff",
            "$1.3B to $1.6B",
            "assumption",
            "A-01",
            "can be right",
        ] {
            assert!(first.contains(said), "{said}");
        }
    }
}
