/**
 * Public offices: the title heads that make a person an office holder of a country, state or
 * city ("U.S. President X", "Illinois Gov. X", "UK Home Secretary, X"). A place before other
 * titles says where someone is or comes from, not whom they work for ("a New York attorney",
 * "a Washington correspondent", "an Atlanta businessman").
 */
export const PUBLIC_OFFICES = new Set(
  (
    'president vice-president president-elect vice premier prime minister secretary secretary-general undersecretary ' +
    'under-secretary spokesman spokeswoman spokesperson representative ambassador envoy consul attaché diplomat delegate ' +
    'negotiator governor governor-general gov mayor senator sen congressman congresswoman rep lawmaker legislator mp ' +
    'councillor councilor councilman councilwoman commissioner chancellor king queen prince princess emir sheikh sultan ' +
    'monarch emperor chairman chairwoman chair head chief leader official officer general admiral colonel commander ' +
    'commander-in-chief prosecutor judge justice speaker treasurer auditor comptroller controller superintendent ' +
    'administrator director director-general inspector adviser advisor aide deputy'
  ).split(' '),
);

/** True when `norm` (lower case, "." stripped, plural "s" allowed) is a public office head. */
export function isPublicOffice(norm: string): boolean {
  const w = norm.replace(/\.$/, '');
  return PUBLIC_OFFICES.has(w) || (w.endsWith('s') && PUBLIC_OFFICES.has(w.slice(0, -1)));
}
