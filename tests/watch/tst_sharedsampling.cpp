// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// The watcher's sampling shared with a window: the faster pace and the fresher PSS of the two
// while the window looks, the window's extras only while it looks, and back to what the watcher
// alone needs when it pauses or leaves.
#include "watch/sharedsampling.h"

#include <QTest>

using namespace AgentRequest;

namespace
{
// The last word on each kind in what a call asked of the source, as the source would end up.
struct SourceState {
    std::optional<int> intervalMs;
    std::optional<int> pssMaxAgeMs;
    std::optional<bool> libraries;
    std::optional<bool> cgroups;
    std::optional<bool> kills;
    std::optional<std::optional<ProcessKey>> mappings;
    int refreshes = 0;

    SourceState &operator<<(const QList<Request> &requests)
    {
        for (const Request &request : requests) {
            if (const auto *r = std::get_if<Interval>(&request))
                intervalMs = r->ms;
            else if (const auto *r = std::get_if<PssMaxAge>(&request))
                pssMaxAgeMs = r->ms;
            else if (const auto *r = std::get_if<Libraries>(&request))
                libraries = r->on;
            else if (const auto *r = std::get_if<Cgroups>(&request))
                cgroups = r->on;
            else if (const auto *r = std::get_if<Kills>(&request))
                kills = r->on;
            else if (const auto *r = std::get_if<Mappings>(&request))
                mappings = r->process;
            else if (std::holds_alternative<Refresh>(request))
                ++refreshes;
            else
                qFatal("a request the watcher's source is never sent");
        }
        return *this;
    }
};

const ProcessKey firefox{4242, 1234567};
}

class TestSharedSampling : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aloneTheWatcherKeepsItsOwnPace()
    {
        SharedSampling sharing(10'000, 300'000);
        SourceState source;
        source << sharing.start();
        QCOMPARE(source.intervalMs, 10'000);
        QCOMPARE(source.pssMaxAgeMs, 300'000);
        QCOMPARE(source.kills, true);
        source << sharing.setOwnInterval(1000); // pressure
        QCOMPARE(source.intervalMs, 1000);
        // A window's requests without a window count for nothing.
        QVERIFY(sharing.windowAsked(Interval{500}).isEmpty());
        QVERIFY(!sharing.forWindow(SystemSnapshot{}, false));
    }

    void aWindowGetsTheFasterPaceAndItsExtras()
    {
        SharedSampling sharing(10'000, 300'000);
        SourceState source;
        source << sharing.start() << sharing.attach();
        source << sharing.windowAsked(Interval{2000}) << sharing.windowAsked(PssMaxAge{10'000});
        QCOMPARE(source.intervalMs, 2000);
        QCOMPARE(source.pssMaxAgeMs, 10'000);
        source << sharing.windowAsked(Libraries{true}) << sharing.windowAsked(Mappings{firefox}) << sharing.windowAsked(Cgroups{true});
        QCOMPARE(source.libraries, true);
        QCOMPARE(source.cgroups, true);
        QCOMPARE(source.mappings.value_or(std::nullopt), std::optional<ProcessKey>(firefox));
        // Under pressure the watcher's second is faster than the window's two.
        source << sharing.setOwnInterval(1000);
        QCOMPARE(source.intervalMs, 1000);
        source << sharing.setOwnInterval(10'000);
        QCOMPARE(source.intervalMs, 2000);
        // The watcher needs the kill history whatever the window says.
        source << sharing.windowAsked(Kills{false});
        QCOMPARE(source.kills, true);
        QVERIFY(!sharing.forWindow(KillHistory{}, false));
        source << sharing.windowAsked(Kills{true});
        QVERIFY(sharing.forWindow(KillHistory{}, false));
        QVERIFY(sharing.forWindow(ProcessSnapshot{}, false));
        QVERIFY(sharing.forWindow(MappingSnapshot{}, false));
    }

    void aPausedWindowCostsNothingAndComesBackToThePresent()
    {
        SharedSampling sharing(10'000, 300'000);
        SourceState source;
        source << sharing.start() << sharing.attach() << sharing.windowAsked(Interval{1000}) << sharing.windowAsked(PssMaxAge{10'000})
               << sharing.windowAsked(Libraries{true}) << sharing.windowAsked(Mappings{firefox});
        source << sharing.windowAsked(Pause{true});
        QCOMPARE(source.intervalMs, 10'000);
        QCOMPARE(source.pssMaxAgeMs, 300'000);
        QCOMPARE(source.libraries, false);
        QVERIFY(source.mappings && !*source.mappings); // told to read none
        QVERIFY(!sharing.forWindow(SystemSnapshot{}, false));
        // What the paused window asks once is answered, and nothing else reaches it.
        QVERIFY(sharing.forWindow(SystemSnapshot{}, true));
        QVERIFY(sharing.forWindow(Bookmark{}, false));
        // Changes while paused wait for the window to look again.
        source << sharing.windowAsked(Cgroups{true});
        QCOMPARE(source.cgroups, false);
        const int refreshes = source.refreshes;
        source << sharing.windowAsked(Pause{false});
        QCOMPARE(source.intervalMs, 1000);
        QCOMPARE(source.pssMaxAgeMs, 10'000);
        QCOMPARE(source.libraries, true);
        QCOMPARE(source.cgroups, true);
        QCOMPARE(source.mappings.value_or(std::nullopt), std::optional<ProcessKey>(firefox));
        QCOMPARE(source.refreshes, refreshes + 1);
        QVERIFY(sharing.forWindow(SystemSnapshot{}, false));
    }

    void aWindowThatLeavesTakesItsRequestsAlong()
    {
        SharedSampling sharing(10'000, 300'000);
        SourceState source;
        source << sharing.start() << sharing.attach() << sharing.windowAsked(Interval{500}) << sharing.windowAsked(Cgroups{true})
               << sharing.windowAsked(Mappings{firefox}) << sharing.windowAsked(Kills{true});
        source << sharing.detach();
        QVERIFY(!sharing.attached());
        QCOMPARE(source.intervalMs, 10'000);
        QCOMPARE(source.cgroups, false);
        QVERIFY(source.mappings && !*source.mappings); // told to read none
        QCOMPARE(source.kills, true);
        QVERIFY(!sharing.forWindow(SystemSnapshot{}, true));
        // The next window begins from nothing of the last one's.
        source << sharing.attach();
        QCOMPARE(source.intervalMs, 10'000);
        QVERIFY(!sharing.forWindow(KillHistory{}, false));
    }

    void oneOffRequestsPassThrough()
    {
        SharedSampling sharing(10'000, 300'000);
        sharing.attach();
        QVERIFY(SharedSampling::isOneOff(Refresh{}));
        QVERIFY(SharedSampling::isOneOff(SlabCaches{}));
        QVERIFY(!SharedSampling::isOneOff(Libraries{true}));
        QCOMPARE(sharing.windowAsked(SlabCaches{}), QList<Request>{SlabCaches{}});
        sharing.windowAsked(Pause{true});
        QCOMPARE(sharing.windowAsked(Refresh{}), QList<Request>{Refresh{}});
    }
};

QTEST_GUILESS_MAIN(TestSharedSampling)
#include "tst_sharedsampling.moc"
