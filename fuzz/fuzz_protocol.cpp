// libFuzzer target: the protocol v1 decoders of sync/ on untrusted bodies, as the server
// (requests) and the desk (answers) receive them. Every decoder must answer a value or an error,
// never crash, hang or read out of bounds; and what one accepts must survive its own encoding.
#include "server/store/PayloadSchema.h"
#include "sync/protocol/Enrollment.h"
#include "sync/protocol/ErrorBody.h"
#include "sync/protocol/EventBatch.h"
#include "sync/protocol/EventResult.h"
#include "sync/protocol/FeedPage.h"
#include "sync/protocol/ProtocolJson.h"
#include "sync/protocol/RightsAnswer.h"
#include "sync/protocol/RightsRequest.h"

#include <QByteArray>
#include <QCoreApplication>

#include <cstdint>
#include <cstdlib>

namespace {
// A decoded value encodes to a body its decoder accepts again, unchanged: otherwise a desk
// that resends what it stored could be refused, or a stored event could change on the way.
template<typename Message> void roundTrip(const QJsonObject &json)
{
    QString error;
    const std::optional<Message> first = Message::fromJson(json, &error);
    if (!first)
        return;
    const QJsonObject encoded = first->toJson();
    const std::optional<Message> second = Message::fromJson(encoded, &error);
    if (!second || second->toJson() != encoded)
        std::abort();
}

// The server stores and sends the direct encodings; they must be QJsonDocument's bytes exactly.
void directEncodings(const QJsonObject &json)
{
    QString error;
    if (const std::optional<EventBatch> batch = EventBatch::fromJson(json, &error)) {
        if (batch->serialize() != ProtocolJson::serialize(batch->toJson()))
            std::abort();
        // What the server stores: the payload trimmed, then its direct encoding. Trimming a valid
        // payload twice changes nothing more. An invalid one (the event is rejected) may change:
        // a field of the wrong type is kept as an empty value of the right one, which is valid.
        for (Event event : batch->events) {
            const QString problem = PayloadSchema::trim(event.type, &event.payload);
            const QJsonObject trimmed = event.payload;
            const bool again = PayloadSchema::trim(event.type, &event.payload).isEmpty();
            if ((problem.isEmpty() && (!again || event.payload != trimmed)) ||
                ProtocolJson::serializeEvent(event) != ProtocolJson::serialize(event.toJson()))
                std::abort();
        }
    }
    if (const std::optional<BatchAnswer> answer = BatchAnswer::fromJson(json, &error)) {
        if (answer->serialize() != ProtocolJson::serialize(answer->toJson()))
            std::abort();
    }
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const std::optional<QJsonObject> json = ProtocolJson::parseObject(body, &error);
    if (!json)
        return 0;
    roundTrip<EventBatch>(*json);
    roundTrip<EnrollRequest>(*json);
    roundTrip<EnrollAnswer>(*json);
    roundTrip<RightsRequest>(*json);
    roundTrip<RightsAnswer>(*json);
    roundTrip<BatchAnswer>(*json);
    roundTrip<FeedPage>(*json);
    roundTrip<ErrorBody>(*json);
    directEncodings(*json);
    return 0;
}
