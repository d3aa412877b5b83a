import "server-only";
// Every pillar's channel authorisers, loaded wherever subscriptions are checked.
import "../practice/channels";
import "../media/channels";
import "../translation/chat/channels";
