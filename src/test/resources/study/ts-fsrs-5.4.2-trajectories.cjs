const { fsrs, createEmptyCard, Rating } = require('ts-fsrs');
const f = fsrs({ enable_fuzz: false, enable_short_term: true });
let seed = 20261201;
const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const out = [];
for (let s = 0; s < 60; s++) {
  let now = new Date(Date.UTC(2026, 0, 5, 1, 0, 0));
  let card = createEmptyCard(now);
  card = f.next(card, now, Rating.Easy).card;
  const steps = [];
  for (let i = 0; i < 12; i++) {
    const g = 1 + Math.floor(rnd() * 4);
    const lateDays = rnd() < 0.3 ? Math.floor(rnd() * 10) : 0;
    now = new Date(card.due.getTime() + lateDays * 86400000);
    card = f.next(card, now, g).card;
    steps.push({ rating: g, at: now.toISOString(), stability: card.stability, difficulty: card.difficulty, state: card.state });
  }
  out.push(steps);
}
console.log(JSON.stringify(out));
