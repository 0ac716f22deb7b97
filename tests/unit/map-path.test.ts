/** compactPath: the relative, grid-snapped path data of map regions draws the same points as the absolute form, snapped. */
import { describe, expect, it } from 'vitest';
import { compactPath } from '../../src/maps/render.ts';

/** The absolute points of relative path data (m, l, z, implicit repeats), as "x,y" per point and "Z" per close. */
function absolute(d: string): string[] {
  const out: string[] = [];
  let [x, y, sx, sy] = [0, 0, 0, 0];
  for (const m of d.matchAll(/([mlz])([^mlz]*)/g)) {
    if (m[1] === 'z') {
      out.push('Z');
      [x, y] = [sx, sy];
      continue;
    }
    const nums = (m[2]?.match(/-?(?:\d+\.?\d*|\.\d+)/g) ?? []).map(Number);
    for (let i = 0; i < nums.length; i += 2) {
      x = Math.round((x + (nums[i] ?? 0)) * 10) / 10;
      y = Math.round((y + (nums[i + 1] ?? 0)) * 10) / 10;
      if (m[1] === 'm' && i === 0) [sx, sy] = [x, y];
      out.push(`${x},${y}`);
    }
  }
  return out;
}

/** The points of absolute M/L/Z data snapped to `q`, repeated points dropped. */
function snapped(d: string, q: number): string[] {
  const out: string[] = [];
  for (const m of d.matchAll(/([MLZ])([^MLZ]*)/g)) {
    if (m[1] === 'Z') {
      out.push('Z');
      continue;
    }
    const [x = 0, y = 0] = (m[2] ?? '').split(',').map((n) => Math.round(Number(n) / q) * q);
    const p = `${Math.round(x * 10) / 10},${Math.round(y * 10) / 10}`;
    if (m[1] === 'L' && out.at(-1) === p) continue;
    out.push(p);
  }
  return out;
}

describe('compactPath', () => {
  const polygon = 'M10.26,20.74L15.5,20.74L15.52,20.76L30.1,5.02L10.26,20.74ZM100.3,100.3L120,100.2L110.7,130.9Z';

  it('draws the snapped points of the absolute path, subpaths and closes included', () => {
    for (const q of [0.1, 0.5, 1]) expect(absolute(compactPath(polygon, q)), `quantum ${q}`).toEqual(snapped(polygon, q));
  });

  it('drops points that snap onto the one before', () => {
    // 15.5,20.74 and 15.52,20.76 are the same point on a half-pixel grid.
    expect(absolute(compactPath(polygon, 0.5)).filter((p) => p === '15.5,20.5')).toHaveLength(1);
  });

  it('gives the shared border of two regions the same points in both', () => {
    const a = 'M0,0L10.24,3.26L20.77,0.12L20,20Z';
    const b = 'M20.77,0.12L10.24,3.26L0,0L0,-20Z';
    const shared = (d: string): string[] => absolute(compactPath(d)).filter((p) => ['0,0', '10,3.5', '21,0'].includes(p));
    expect(shared(a).sort()).toEqual(shared(b).sort());
    expect(shared(a)).toHaveLength(3);
  });

  it('is shorter than the absolute form', () => {
    expect(compactPath(polygon).length).toBeLessThan(polygon.length);
  });

  it('leaves open lines open', () => {
    expect(compactPath('M0,0L5,5L10,0')).not.toMatch(/z/);
  });
});
