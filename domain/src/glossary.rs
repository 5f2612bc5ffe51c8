//! Words a student may not know, explained on tap in the sentence that uses
//! them to say what a number counts: each term's word as that sentence
//! writes it, its name, and what it means, in every language.

use super::locale::{tr, Locale, Tr};

/// A term the widget explains.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Term {
    /// In the line of GPU-hours under the formula (`M.gpu_hours_at_price`).
    GpuHour,
    /// In the story of the hyperscaler scenario (`Preset::Hyperscaler.story`).
    Hyperscaler,
    /// In the story of SemiAnalysis's fleet (`Preset::Fleet.story`).
    Capex,
    /// In the citation of the assumed 4-year service life (`cited`).
    Depreciation,
}

impl Term {
    pub const ALL: [Term; 4] = [
        Term::GpuHour,
        Term::Hyperscaler,
        Term::Capex,
        Term::Depreciation,
    ];

    pub const fn id(self) -> &'static str {
        match self {
            Term::GpuHour => "gpu-hour",
            Term::Hyperscaler => "hyperscaler",
            Term::Capex => "capex",
            Term::Depreciation => "depreciation",
        }
    }

    /// The word as the glossed sentence writes it.
    pub const fn word(self) -> Tr {
        match self {
            Term::GpuHour => tr!(
                "GPU-hours",
                "ore-GPU",
                "horas-GPU",
                "horas-GPU",
                "horas-GPU",
                "heures-GPU",
                "GPU-Stunden"
            ),
            Term::Hyperscaler => tr!(
                "hyperscaler",
                "hyperscaler",
                "hyperscaler",
                "hyperscaler",
                "hiperescalador",
                "hyperscaler",
                "Hyperscaler",
            ),
            Term::Capex => tr!(
                "capex",
                "spesa in server",
                "gasto em servidores",
                "investimento em servidores",
                "gasto de capital",
                "investissements en serveurs",
                "Serverinvestitionen",
            ),
            Term::Depreciation => tr!(
                "depreciate",
                "ammortizzano",
                "depreciam",
                "amortizam",
                "amortizan",
                "amortissent",
                "Abschreibung",
            ),
        }
    }

    /// The term as a dictionary writes it, heading its explanation.
    pub const fn name(self) -> Tr {
        match self {
            Term::GpuHour => tr!(
                "GPU-hour",
                "Ora-GPU",
                "Hora-GPU",
                "Hora-GPU",
                "Hora-GPU",
                "Heure-GPU",
                "GPU-Stunde"
            ),
            Term::Hyperscaler => tr!(
                "Hyperscaler",
                "Hyperscaler",
                "Hyperscaler",
                "Hyperscaler",
                "Hiperescalador",
                "Hyperscaler",
                "Hyperscaler",
            ),
            Term::Capex => tr!(
                "Capex (capital expenditure)",
                "Spesa in conto capitale (capex)",
                "Investimento (capex)",
                "Investimento (capex)",
                "Gasto de capital (capex)",
                "Investissements (capex)",
                "Investitionen (Capex)",
            ),
            Term::Depreciation => tr!(
                "Depreciation",
                "Ammortamento",
                "Depreciação",
                "Amortização",
                "Amortización",
                "Amortissement",
                "Abschreibung",
            ),
        }
    }

    /// What it means, after its name and `SEPARATOR`.
    pub const fn meaning(self) -> Tr {
        match self {
            Term::GpuHour => tr!(
                "one GPU working for one hour, the unit in which cloud firms rent out GPUs.",
                "una GPU che lavora per un'ora, l'unità con cui i fornitori cloud noleggiano le GPU.",
                "uma GPU trabalhando por uma hora, a unidade em que os provedores de nuvem alugam GPUs.",
                "uma GPU a trabalhar durante uma hora, a unidade em que os fornecedores de cloud alugam GPU.",
                "una GPU que trabaja durante una hora, la unidad en la que los proveedores de nube alquilan GPU.",
                "un GPU pendant une heure, l'unité dans laquelle le cloud loue les GPU.",
                "eine GPU, die eine Stunde lang arbeitet, die Einheit, in der Cloud-Anbieter GPUs vermieten.",
            ),
            Term::Hyperscaler => tr!(
                "one of the giant cloud companies, such as AWS, that run data centres around the world and rent out computing by the hour.",
                "una delle grandi aziende del cloud, come AWS, che gestiscono data center in tutto il mondo e noleggiano potenza di calcolo a ore.",
                "uma das gigantes da nuvem, como a AWS, que operam data centers no mundo todo e alugam poder de computação por hora.",
                "uma das gigantes da cloud, como a AWS, que operam centros de dados em todo o mundo e alugam capacidade de computação à hora.",
                "una de las grandes empresas de la nube, como AWS, que operan centros de datos en todo el mundo y alquilan capacidad de cálculo por horas.",
                "l'un des géants du cloud, comme AWS, qui exploitent des centres de données dans le monde entier et louent de la puissance de calcul à l'heure.",
                "einer der großen Cloud-Konzerne wie AWS, die weltweit Rechenzentren betreiben und Rechenleistung stundenweise vermieten.",
            ),
            Term::Capex => tr!(
                "money spent buying things that last for years, such as servers, rather than paying for them as they are used.",
                "il denaro speso per comprare beni che durano anni, come i server, invece di pagarli man mano che si usano.",
                "o dinheiro gasto para comprar bens que duram anos, como servidores, em vez de pagar por eles conforme o uso.",
                "o dinheiro gasto a comprar bens que duram anos, como servidores, em vez de pagar por eles à medida que se usam.",
                "el dinero gastado en comprar bienes que duran años, como servidores, en lugar de pagarlos a medida que se usan.",
                "l'argent dépensé pour acheter des biens qui durent des années, comme des serveurs, au lieu de les payer à l'usage.",
                "Geld für den Kauf von Gütern, die jahrelang halten, etwa Servern, statt sie nach Nutzung zu bezahlen.",
            ),
            Term::Depreciation => tr!(
                "spreading the cost of a purchase over the years it is expected to last: a server depreciated over 4 years costs a quarter of its price on the books each year.",
                "ripartire il costo di un acquisto sugli anni in cui si prevede di usarlo: un server ammortizzato in 4 anni pesa ogni anno per un quarto del suo prezzo.",
                "distribuir o custo de uma compra pelos anos em que ela deve durar: um servidor depreciado em 4 anos entra na conta com um quarto do preço a cada ano.",
                "repartir o custo de uma compra pelos anos em que deve durar: um servidor amortizado em 4 anos pesa um quarto do preço em cada ano.",
                "repartir el coste de una compra entre los años que se espera que dure: un servidor amortizado en 4 años supone cada año una cuarta parte de su precio.",
                "répartir le coût d'un achat sur les années où il doit servir\u{202f}: un serveur amorti sur 4 ans compte pour un quart de son prix chaque année.",
                "die Verteilung der Kosten eines Kaufs auf die Jahre, die er halten soll: Ein über 4 Jahre abgeschriebener Server zählt jedes Jahr mit einem Viertel seines Preises.",
            ),
        }
    }
}

/// Between a term's name and its meaning.
pub const SEPARATOR: Tr = tr!(": ", ": ", ": ", ": ", ": ", "\u{202f}: ", ": ");

/// `text` around the first use of the first of `terms` it uses: (before,
/// the term, its word, after), or `None` when it uses none.
pub fn split<'a>(
    text: &'a str,
    terms: &[Term],
    l: Locale,
) -> Option<(&'a str, Term, &'a str, &'a str)> {
    terms.iter().find_map(|&term| {
        let word = term.word().get(l);
        let at = text.find(word)?;
        let (before, rest) = text.split_at(at);
        let (word, after) = rest.split_at(word.len());
        Some((before, term, word, after))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cited::{cited, SERVICE_LIFE_HOURS};
    use crate::messages::M;
    use crate::presets::Preset;
    use crate::quantity::Field;
    use crate::units::MICRO;

    /// The sentence each term is explained in.
    fn sentence(term: Term) -> Tr {
        match term {
            Term::GpuHour => M.gpu_hours_at_price,
            Term::Hyperscaler => Preset::Hyperscaler.story(),
            Term::Capex => Preset::Fleet.story(),
            Term::Depreciation => {
                cited(Field::Hours)
                    .iter()
                    .find(|c| c.value == SERVICE_LIFE_HOURS * MICRO)
                    .expect("the service life is cited")
                    .label
            }
        }
    }

    #[test]
    fn every_term_is_in_its_sentence_in_every_language() {
        for &l in Locale::ALL {
            for term in Term::ALL {
                let text = sentence(term).get(l);
                let (before, found, word, after) = split(text, &[term], l)
                    .unwrap_or_else(|| panic!("{l:?}: {:?} is not in «{text}»", term));
                assert_eq!(found, term);
                assert_eq!(format!("{before}{word}{after}"), text);
                // A whole word, not part of a longer one.
                let next = after.chars().next();
                assert!(
                    !next.is_some_and(char::is_alphabetic),
                    "{l:?} {term:?}: «{word}{after}»"
                );
                assert!(
                    !before.chars().last().is_some_and(char::is_alphabetic),
                    "{l:?} {term:?}"
                );
            }
        }
    }

    #[test]
    fn every_meaning_is_a_sentence_and_no_other_text_is_glossed() {
        for &l in Locale::ALL {
            for term in Term::ALL {
                let meaning = term.meaning().get(l);
                assert!(meaning.ends_with('.'), "{l:?} {term:?}");
                assert!(!term.name().get(l).is_empty());
            }
        }
        // Each term is explained once: a sentence without the word is left as it is.
        assert_eq!(split("$2.00 per GPU", &Term::ALL, Locale::En), None);
        // Of several, the one the text uses.
        let fleet = Preset::Fleet.story().en();
        assert_eq!(
            split(fleet, &[Term::Hyperscaler, Term::Capex], Locale::En).map(|s| s.1),
            Some(Term::Capex)
        );
    }
}
