/** Role nouns: the head of a title ("Permanent Representative", "Foreign Minister", "spokesman"). */
export const TITLE_HEADS = new Set([
  'president', 'vice-president', 'minister', 'secretary', 'spokesman', 'spokeswoman', 'spokesperson', 'representative',
  'ambassador', 'envoy', 'chairman', 'chairwoman', 'chair', 'director', 'head', 'chief', 'leader', 'member', 'general',
  'commander', 'official', 'officer', 'ceo', 'founder', 'co-founder', 'editor', 'correspondent', 'analyst', 'professor',
  'governor', 'mayor', 'senator', 'congressman', 'congresswoman', 'lawmaker', 'deputy', 'premier', 'chancellor',
  'king', 'queen', 'prince', 'emir', 'sheikh', 'prime', 'adviser', 'advisor', 'counsel', 'attorney', 'prosecutor',
  'judge', 'justice', 'lawyer', 'economist', 'researcher', 'fellow', 'manager', 'executive', 'partner', 'owner',
  'coach', 'captain', 'admiral', 'colonel', 'lieutenant', 'major', 'sergeant', 'commissioner', 'coordinator',
  'diplomat', 'delegate', 'negotiator', 'mp', 'legislator', 'councillor', 'councilor', 'candidate', 'nominee',
  'strategist', 'aide', 'staffer', 'pastor', 'bishop', 'cardinal', 'imam', 'rabbi', 'cleric', 'physician',
  'scientist', 'expert', 'reporter', 'journalist', 'columnist', 'host', 'anchor', 'producer', 'president-elect',
  'speaker', 'whip', 'treasurer', 'auditor', 'inspector', 'superintendent', 'dean', 'rector', 'provost',
  'administrator', 'controller', 'comptroller', 'attaché', 'consul', 'governor-general', 'mufti', 'chieftain',
  'vice', 'undersecretary', 'under-secretary', 'secretary-general', 'director-general', 'commander-in-chief',
]);

/** Words that may precede a role head inside a title ("Permanent", "Foreign", "Deputy", "senior"). */
export const TITLE_MODIFIERS = new Set([
  'permanent', 'foreign', 'deputy', 'prime', 'vice', 'senior', 'chief', 'former', 'acting', 'assistant', 'associate',
  'executive', 'general', 'defense', 'defence', 'interior', 'finance', 'justice', 'health', 'press', 'top', 'special',
  'state', 'secretary', 'national', 'security', 'military', 'managing', 'lead', 'first', 'second', 'principal',
  'economy', 'trade', 'energy', 'education', 'environment', 'culture', 'agriculture', 'labour', 'labor', 'home',
  'treasury', 'cabinet', 'government', 'party', 'opposition', 'political', 'legal', 'communications', 'media',
  'regional', 'local', 'provincial', 'district', 'county', 'city', 'federal', 'supreme', 'high', 'grand', 'crown',
  'interim', 'outgoing', 'incoming', 'newly', 'elected', 'appointed', 'longtime', 'veteran', 'influential',
  'army', 'navy', 'air', 'force', 'police', 'intelligence', 'border', 'investment', 'research', 'policy', 'news',
]);

/** Honorifics that precede a person's name and are not part of it. */
export const HONORIFICS = new Set(['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'prof', 'prof.', 'sir', 'dame', 'lord', 'lady', 'gen', 'gen.', 'col', 'col.', 'lt', 'lt.', 'sgt', 'sgt.', 'rep', 'rep.', 'sen', 'sen.', 'gov', 'gov.', 'president', 'minister', 'general', 'judge', 'king', 'queen', 'prince', 'princess', 'pope', 'sheikh', 'emir', 'ayatollah', 'rev', 'rev.', 'father', 'brother', 'sister', 'saint', 'st', 'st.']);

export function isTitleHead(norm: string): boolean {
  return TITLE_HEADS.has(norm) || TITLE_HEADS.has(norm.replace(/s$/, ''));
}
