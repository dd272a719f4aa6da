// cdktf's jest matchers (toHaveResource, toHaveResourceWithProperties, ...).
import 'cdktf/lib/testing/adapters/jest';
