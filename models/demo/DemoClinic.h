#pragma once

#include <QString>

#include <functional>

class LocalStore;

// Fills a store with a realistic clinic: vaccines, lots and `bookings` bookings
// (names, phones, appointments over the coming weeks), with their events, in one
// transaction written through bulk statements so a million takes seconds.
// The seed makes the data reproducible.
class DemoClinic final
{
public:
    using Progress = std::function<void(qint64 done, qint64 total)>;

    explicit DemoClinic(LocalStore *store, quint32 seed = 42)
        : m_store(store)
        , m_seed(seed)
    {}
    // Throws DatabaseError; leaves the store untouched on failure.
    void fill(qint64 bookings, const Progress &progress = {});

private:
    LocalStore *m_store = nullptr;
    quint32 m_seed = 42;
};
