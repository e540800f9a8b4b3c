import { describeDifferential } from './differential-run';

describeDifferential('shipped questionnaires', 'surveys');
