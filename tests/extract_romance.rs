//! Issue 15, nineteenth session: claimants on invented pages in Spanish and French, read by each language's grammar
//! of attribution (`extract::claimant::romance`), carried on as the English finder's are; an English page with a
//! Spanish name in it is read as English.

mod common;

use common::extract::find;
use factdesk::extract::model::Model;
use factdesk::extract::{Analysed, Decision, analyse, analyse_in, newsset};

fn speaks(all: &[Analysed], needle: &str, who: &str) -> bool {
    newsset::claimant_matches(&find(all, needle).claimant, &[who.into()])
}

/// A name before its say-verb, an unsaid subject that goes on with the speaker, an office after a quotation that
/// is the person named before, and "según" an organisation.
#[test]
fn a_spanish_page_names_its_speakers() {
    let t = "Obras en el puerto\n\n\
        El alcalde de Villa Serena, Ramiro Toledo Ibáñez, afirmó que las obras del muelle costarán 12 millones de pesos. \
        Indicó que la empresa contratista entregará el muelle en marzo.\n\n\
        \"Tenemos 40 obreros trabajando cada día en el puerto\", dijo el alcalde.\n\n\
        Según el Instituto Nacional de Estadística, el puerto movió 3.400 contenedores en el año.\n";
    let all = analyse(t, Model::embedded(), Decision::default());
    assert!(speaks(&all, "costarán 12 millones", "Ramiro Toledo Ibáñez"), "{all:#?}");
    assert!(speaks(&all, "entregará el muelle", "Ramiro Toledo Ibáñez"), "{all:#?}");
    assert!(speaks(&all, "40 obreros", "Ramiro Toledo Ibáñez"), "{all:#?}");
    assert!(speaks(&all, "3.400 contenedores", "Instituto Nacional de Estadística"), "{all:#?}");
}

/// "C'est ce qu'a déclaré le ministre X": the inverted subject after the verb of a French page (its language given).
#[test]
fn a_french_page_names_its_inverted_speaker() {
    let t = "Santé publique\n\n\
        « Le ministère a reçu 14 tonnes de matériel pour les hôpitaux de la région. » \
        C'est ce qu'a déclaré hier le ministre Paul Rakotobe.\n";
    let all = analyse_in(t, Model::embedded(), Decision::default(), "fr");
    assert!(speaks(&all, "C'est ce qu'a", "Paul Rakotobe"), "{all:#?}");
}

/// An English sentence with Spanish names keeps the English finder's reading (the page is English).
#[test]
fn an_english_page_with_spanish_names_is_read_as_english() {
    let t = "Port works\n\n\
        Mayor José Luis Peña said the port moved 3,400 containers last year, according to the city's records. \
        The works cost 12 million pesos, and will end in March.\n";
    let all = analyse(t, Model::embedded(), Decision::default());
    assert!(speaks(&all, "3,400 containers", "José Luis Peña"), "{all:#?}");
}

/// Review 19, finding 1: "the company" after a governor named with his province is the company, never the province;
/// an office a person holds is that person, never a place named before.
#[test]
fn an_organisation_is_itself_and_an_office_is_a_person_never_a_place() {
    let t = "Ventas en baja\n\n\
        El gobernador de Santa Fe, Maximiliano Pullaro, visitó ayer la planta.\n\n\
        Las ventas cayeron un 12 %, informó la empresa.\n\n\
        \"La planta no va a cerrar\", aseguró el gobernador.\n";
    let all = analyse_in(t, Model::embedded(), Decision::default(), "es");
    assert!(speaks(&all, "cayeron un 12", "empresa"), "{all:#?}");
    assert!(!speaks(&all, "no va a cerrar", "Santa Fe"), "{all:#?}");
    let t = "Chuvas em Campinas\n\n\
        A secretária de Obras, Maria Souza, visitou o bairro Jardim América.\n\n\
        De acordo com a prefeitura, 300 casas foram afetadas pela chuva.\n";
    let all = analyse_in(t, Model::embedded(), Decision::default(), "pt");
    assert!(speaks(&all, "300 casas", "prefeitura"), "{all:#?}");
}
