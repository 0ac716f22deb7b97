import { accessibilitySuite } from './a11y.ts';

accessibilitySuite('light');
