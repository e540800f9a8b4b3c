import { describeDifferential } from './differential-run';

describeDifferential('test fixtures', 'fixtures');
