import { describe, expect, it } from 'vitest';
import { ONTWERPEN_SUB_ITEM_KEYS, ROUTEKAART_POINTS, ROUTEKAART_SOURCE, isRoutekaartPointNumber, routekaartPoint } from './routekaart.js';

describe('Routekaart', () => {
  it('has the ten points in order with their own Dutch titles', () => {
    expect(ROUTEKAART_POINTS.map((p) => p.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(ROUTEKAART_POINTS.map((p) => p.title.nl)).toEqual([
      'Tellen',
      'Volgen',
      'Kennen',
      'Tempo maken',
      'Communiceren',
      'De regie nemen',
      'Ontwerpen',
      'Een doorgaande lijn bouwen',
      'Samenwerken met regionale werkgevers',
      'Kwaliteitsbeleid voeren',
    ]);
  });

  it('explains every point in Dutch and English', () => {
    for (const p of ROUTEKAART_POINTS) {
      expect(p.title.en.length, `title ${p.number}`).toBeGreaterThan(3);
      expect(p.explanation.nl.length, `nl ${p.number}`).toBeGreaterThan(20);
      expect(p.explanation.en.length, `en ${p.number}`).toBeGreaterThan(20);
    }
  });

  it('gives sub-items to point 7 only', () => {
    expect(routekaartPoint(7).subItems.map((s) => s.key)).toEqual([...ONTWERPEN_SUB_ITEM_KEYS]);
    expect(routekaartPoint(7).subItems.every((s) => s.label.nl && s.label.en)).toBe(true);
    expect(ROUTEKAART_POINTS.filter((p) => p.subItems.length > 0).map((p) => p.number)).toEqual([7]);
  });

  it('credits Ingrado and Gedragswerk', () => {
    expect(ROUTEKAART_SOURCE.authors).toEqual(['Ingrado', 'Gedragswerk']);
    expect(ROUTEKAART_SOURCE.credit.nl).toContain('Ingrado');
    expect(ROUTEKAART_SOURCE.credit.en).toContain('Gedragswerk');
  });

  it('validates point numbers', () => {
    expect(isRoutekaartPointNumber(10)).toBe(true);
    expect(isRoutekaartPointNumber(0)).toBe(false);
    expect(isRoutekaartPointNumber(7.5)).toBe(false);
    expect(isRoutekaartPointNumber('7')).toBe(false);
  });
});
