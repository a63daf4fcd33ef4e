#pragma once

#include <QString>

// What a TokenStore did. NotFound is no failure: a desk not enrolled yet has no token. Failed
// carries a message for people, already translated, saying what went wrong and what to do.
struct TokenResult
{
    enum class Status { Ok, NotFound, Failed };

    Status status = Status::Ok;
    QString token; // read() only
    QString error;

    bool isOk() const { return status == Status::Ok; }

    static TokenResult ok(const QString &token = {}) { return {Status::Ok, token, {}}; }
    static TokenResult notFound() { return {Status::NotFound, {}, {}}; }
    static TokenResult failed(const QString &error) { return {Status::Failed, {}, error}; }
};
