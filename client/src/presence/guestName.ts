/**
 * Friendly generated names for guests, like "Modig Lo": an adjective and a Nordic animal.
 * Every animal is an en-word, so the adjective's base form agrees with all of them.
 */
export const guestAdjectives = [
  'Modig', 'Klok', 'Glad', 'Snabb', 'Lugn', 'Nyfiken', 'Pigg', 'Vänlig', 'Stark', 'Kvick',
  'Listig', 'Munter', 'Trygg', 'Flink', 'Envis', 'Finurlig', 'Rask', 'Sansad', 'Varm', 'Tapper',
] as const;

export const guestAnimals = [
  'Lo', 'Räv', 'Björn', 'Uggla', 'Älg', 'Hare', 'Mård', 'Igelkott', 'Ekorre', 'Tjäder',
  'Örn', 'Säl', 'Utter', 'Grävling', 'Trana', 'Svala', 'Varg', 'Bäver', 'Hjort', 'Lämmel',
] as const;

/** Colours for cursors and name tags: distinct from each other and readable with white text. */
export const presenceColors = [
  '#d9480f', '#c2255c', '#9c36b5', '#5f3dc4', '#1c7ed6',
  '#0b7285', '#2b8a3e', '#5c940d', '#e67700', '#495057',
] as const;

/** `random` returns a number in [0, 1), like Math.random. */
export function guestName(random: () => number = Math.random): string {
  return `${pick(guestAdjectives, random)} ${pick(guestAnimals, random)}`;
}

export function guestColor(random: () => number = Math.random): string {
  return pick(presenceColors, random);
}

function pick<T>(items: readonly T[], random: () => number): T {
  return items[Math.min(items.length - 1, Math.floor(random() * items.length))]!;
}
