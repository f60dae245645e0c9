//! Stable identities for checklist items.
//!
//! A tick must survive a reload, a language switch and unrelated content edits, and must
//! be lost when *its own* item is edited. So an item's id is a fingerprint of its text in
//! every language it is written in (the Spanish item and its English counterpart, paired
//! by position on the page), not of its position: inserting a step elsewhere keeps every
//! other tick, rewording a step drops only that step's tick. Ticks are stored per page
//! under the page's translation key, which both languages share.

/// FNV-1a, 64 bit: tiny, and the same on the host and in wasm.
fn fnv1a(bytes: impl Iterator<Item = u8>, mut hash: u64) -> u64 {
    for b in bytes {
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    hash
}

/// Collapses runs of whitespace, so re-wrapping a line in the source is not an edit.
fn normalized_bytes(text: &str) -> impl Iterator<Item = u8> + '_ {
    text.split_whitespace()
        .enumerate()
        .flat_map(|(i, word)| (i > 0).then_some(b' ').into_iter().chain(word.bytes()))
}

/// The fingerprint of one item given its text in each language it exists in.
pub fn fingerprint(texts: &[&str]) -> String {
    let mut hash = 0xcbf2_9ce4_8422_2325;
    for text in texts {
        hash = fnv1a(normalized_bytes(text), hash);
        hash = fnv1a([0x1f].into_iter(), hash); // unit separator between languages
    }
    format!("{hash:016x}")
}

/// Ids for every task item of one page, in document order.
///
/// `counterpart` holds the items of the same page in the other language. When both lists
/// have the same length, items are paired by position and each id covers both texts, so
/// the two pages share their ticks; otherwise each page uses its own texts (and the
/// generator warns that the translations' checklists differ). Repeated texts get `-2`,
/// `-3`… so two identical steps stay two items.
pub fn item_ids(items: &[&str], counterpart: Option<&[&str]>) -> Vec<String> {
    let paired = counterpart.filter(|other| other.len() == items.len());
    let mut seen: Vec<String> = Vec::with_capacity(items.len());
    let mut ids = Vec::with_capacity(items.len());
    for (i, text) in items.iter().enumerate() {
        let base = match paired {
            Some(other) => pair_fingerprint(text, other[i]),
            None => fingerprint(&[text]),
        };
        let repeats = seen.iter().filter(|b| **b == base).count();
        ids.push(match repeats {
            0 => base.clone(),
            n => format!("{base}-{}", n + 1),
        });
        seen.push(base);
    }
    ids
}

/// Orders the two texts so the Spanish and English page compute the same id.
fn pair_fingerprint(a: &str, b: &str) -> String {
    if a <= b {
        fingerprint(&[a, b])
    } else {
        fingerprint(&[b, a])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ES: [&str; 3] = [
        "Backup de la base de datos",
        "Aplicar migraciones",
        "Verificar /health",
    ];
    const EN: [&str; 3] = ["Back up the database", "Apply migrations", "Check /health"];

    #[test]
    fn both_languages_get_the_same_ids() {
        assert_eq!(item_ids(&ES, Some(&EN)), item_ids(&EN, Some(&ES)));
    }

    #[test]
    fn editing_one_item_changes_only_its_id() {
        let before = item_ids(&ES, Some(&EN));
        let edited = [
            "Backup de la base de datos",
            "Aplicar TODAS las migraciones",
            "Verificar /health",
        ];
        let after = item_ids(&edited, Some(&EN));
        assert_eq!(before[0], after[0]);
        assert_ne!(before[1], after[1]);
        assert_eq!(before[2], after[2]);
    }

    #[test]
    fn inserting_an_item_keeps_the_others() {
        let before = item_ids(&ES[..2], None);
        let after = item_ids(&["Avisar al equipo", ES[0], ES[1]], None);
        assert_eq!(&after[1..], &before[..]);
    }

    #[test]
    fn rewrapping_is_not_an_edit_and_repeats_stay_distinct() {
        assert_eq!(fingerprint(&["a  b\n c"]), fingerprint(&["a b c"]));
        let ids = item_ids(&["Paso", "Paso", "Otro"], None);
        assert_eq!(ids[1], format!("{}-2", ids[0]));
        assert_ne!(ids[0], ids[2]);
    }

    #[test]
    fn mismatched_translations_fall_back_to_own_text() {
        let ids = item_ids(&ES, Some(&EN[..2]));
        assert_eq!(ids, item_ids(&ES, None));
    }
}
