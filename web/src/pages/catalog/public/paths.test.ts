import { describe, expect, it } from 'vitest';
import type { RouteObject } from 'react-router';
import { applyPath, bundleGuidePath, guidePath, itemGuidePath, routeExists } from './paths.ts';

describe('paths', () => {
  it('encode codes', () => {
    expect(itemGuidePath('11150100-A-001')).toBe('/services/items/11150100-A-001');
    expect(bundleGuidePath('B 1')).toBe('/services/bundles/B%201');
    expect(guidePath('bundle', 'QYKB-0001')).toBe('/services/bundles/QYKB-0001');
    expect(applyPath('X/1')).toBe('/apply/X%2F1');
    expect(applyPath('QYKB-0001', 'bundle')).toBe('/apply/bundles/QYKB-0001');
  });

  it('know whether a page answers, the 404 catch-all not counting', () => {
    const without: RouteObject[] = [{ path: '/', children: [{ path: 'services' }, { path: '*' }] }];
    const withApply: RouteObject[] = [{ path: '/', children: [{ path: 'services' }, { path: 'apply/:code' }, { path: '*' }] }];
    expect(routeExists(without, '/apply/ABCD')).toBe(false);
    expect(routeExists(withApply, '/apply/ABCD')).toBe(true);
    expect(routeExists(without, '/services')).toBe(true);
    expect(routeExists(undefined, '/services')).toBe(false);
    const withBundles: RouteObject[] = [{ path: '/', children: [{ path: 'apply/:code' }, { path: 'apply/bundles/:code' }, { path: '*' }] }];
    expect(routeExists(withApply, applyPath('QYKB-0001', 'bundle'))).toBe(false);
    expect(routeExists(withBundles, applyPath('QYKB-0001', 'bundle'))).toBe(true);
  });
});
