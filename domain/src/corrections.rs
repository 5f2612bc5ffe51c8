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

pub const CORRECTIONS: &[Correction] = &[Correction {
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
    ),
}];

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
            for l in Locale::ALL {
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
