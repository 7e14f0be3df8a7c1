import { define } from '../base/define-element';
import { AmicableInstalmentProposer } from './instalment-proposer';

export { AmicableInstalmentProposer };

define('amicable-instalment-proposer', AmicableInstalmentProposer);
