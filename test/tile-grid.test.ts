import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clean } from '../src/index.js';

async function run(lines: string[], options = {}) {
  const result = await clean(lines.join('\n'), { kind: 'text', ...options });
  return { result, main: result.stories[0], removed: result.removed };
}

const NAMES = ['Sea Mist', 'Storm Grey', 'Dune Sand', 'Kelp Green', 'Pier Blue', 'Gull White', 'Reef Coral', 'Tide Black', 'Buoy Red', 'Cove Teal', 'Salt Pink', 'Mast Brown'];
/** A catalogue's tiles: the maker's line every tile prints and a badge over its name, a spec of its own, a price. */
function tiles(): string[] {
  return NAMES.flatMap((name, i) => ['Harbour Goods', 'Ships free', name, `Cedar ${i + 2} mm | Oiled`, `$${40 + i}`]);
}
const HEADER = ['Summer sale: up to 30% off', 'Benches', 'Tables', 'Back', 'Lamps', 'Back', 'Rugs', 'Back', 'Gift cards', 'Journal'];
const FOOTER = ['Track your order', 'Returns and exchanges', 'Warranty policy', 'Press room', 'Careers'];
const BLURB = 'Every piece we sell is made by hand in a small workshop on the coast, from timber that was grown nearby.';

test('story/short-lines: a grid of like tiles is the body; the menus above it and the footer lists below go', async () => {
  const { main, removed } = await run([...HEADER, 'Outdoor benches', ...tiles(), ...FOOTER, BLURB, ...HEADER.slice(0, 3)]);
  const body = main?.body ?? '';
  assert.ok(body.includes('Kelp Green') && body.includes('Cedar 9 mm | Oiled'), body);
  assert.ok(body.startsWith('Sea Mist'), body);
  for (const line of ['Summer sale: up to 30% off', 'Lamps', 'Warranty policy', 'Press room']) assert.ok(!body.split('\n').includes(line), `${line} in ${body}`);
  assert.ok(removed.some((r) => r.text === 'Lamps' && r.rule === 'story/short-lines' && /above a grid of tiles/.test(r.reason)), 'the menu above the grid goes as such');
  // The same lines without a tile recurring: no grid, and the paragraph is the body as before.
  const loose = NAMES.flatMap((name, i) => [name, `Cedar ${i + 2} mm | Oiled`, `$${40 + i}`]);
  const plain = await run([...HEADER, 'Outdoor benches', ...loose, ...FOOTER, BLURB, ...HEADER.slice(0, 3)]);
  assert.ok(!plain.removed.some((r) => /grid of tiles/.test(r.reason)));
});

test('story/short-lines: posts that recur with their poster\'s fields hold prose, and make no grid of tiles', async () => {
  const reply = 'I tried the same thing last winter and the varnish held up well, though it needed a second coat by spring.';
  const posts = NAMES.slice(0, 6).flatMap((name) => [name, 'Joined', 'Messages', reply.replace('varnish', `${name} varnish`), 'Reply']);
  const { removed } = await run([...HEADER, 'Which oil for an oak bench?', ...posts, ...FOOTER]);
  assert.ok(!removed.some((r) => /grid of tiles/.test(r.reason)));
});

test('story/short-lines: a dump holding only menus and footer lists gives no story and says why; a spec list of short lines stays', async () => {
  const menu = ['Start free trial', 'Product', 'Platform tour', 'Pricing', 'Customers', 'Blog', 'Docs', 'Company', 'About us', 'Careers', 'Press', 'Contact', 'Sign in'];
  const features = ['Autoscaling groups', 'Private networks', 'Persistent disks', 'Preview builds', 'Zero downtime deploys', 'Static sites', 'Web services', 'Background workers', 'Cron jobs', 'Managed databases', 'Edge caching', 'Log streams'];
  const lines = ['Move your team here and get three months free', ...menu, ...features, 'Deploy images', 'Scheduled jobs', 'Key value store', ...features, ...menu, 'Brand kit', 'Acceptable use', 'Takedown policy', 'Community', 'Articles', 'Partner network', '© Example Cloud 2026'];
  const { result } = await run(lines);
  assert.equal(result.stories.length, 0, result.stories[0]?.body);
  assert.ok(result.warnings.some((w) => /^no story found/.test(w)), result.warnings.join('; '));
  assert.ok(result.removed.some((r) => r.rule === 'story/short-lines' && /a menu's residue: \d+ of \d+ lines are labels/.test(r.reason)));
  // Numbers on most lines: a spec sheet's fields, the page's content.
  const specs = Array.from({ length: 14 }, (_, i) => `Width ${20 + i} cm`);
  const sheet = await run([...menu, ...features, 'Garden bench', ...specs, ...features, ...menu, '© Example Cloud 2026']);
  assert.ok(sheet.main?.body.includes('Width 27 cm'), sheet.main?.body);
});

/** A store's tiles: a button and a label every tile prints, the game's name, its blurb, its tags, its review count. */
function games(): string[] {
  const tags = ['Sailing', 'Pirates', 'Open World', 'Story Rich', 'Co-op', 'Crafting', 'Survival', 'Exploration'];
  return NAMES.slice(0, 8).flatMap((name, i) => ['Add to wishlist', `${name} Odyssey`, `Sail the ${name.toLowerCase()} waters in a story of storms, lost maps and a crew that will not give up.`, 'Tags', `${tags[i]} ${tags[(i + 3) % 8]} ${tags[(i + 5) % 8]}`, `${1200 + i * 7} reviews`]);
}

test('story/tile-run: a listing whose tiles carry a blurb keeps each tile\'s tags and counts; the lines every tile prints and an article\'s teaser tiles do not', async () => {
  const lines = ['Home', 'Store', 'Adventure games', ...games(), 'Privacy', 'Terms'];
  const { main } = await run(lines);
  const body = main?.body ?? '';
  assert.ok(body.includes('Story Rich Survival Sailing') && body.includes('1221 reviews'), body);
  assert.ok(!body.includes('Add to wishlist') && !/^Tags$/m.test(body), body);
  const off = await run(lines, { disable: ['story/tile-run'] });
  assert.ok(!off.main?.body.includes('1221 reviews'), off.main?.body);
  // Under an article the same tiles are other stories: the body is the article.
  const article = Array.from({ length: 6 }, (_, i) => `The harbour board met on Monday to decide the fate of pier ${i}, and after a long debate it chose to rebuild the old timber deck instead of tearing it down for good.`);
  const story = await run(['Home', 'Pier to be rebuilt', ...article, 'More from the store', ...games(), 'Privacy', 'Terms']);
  assert.ok(!story.main?.body.includes('1221 reviews'), story.main?.body);
});
