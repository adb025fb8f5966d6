// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// `memlens --connect`: what the user typed becomes an ssh command line only when it can be
// nothing but a host (and user, and port); the command uses the user's own ssh setup; ssh's
// failures, in the words OpenSSH 9.2 (Debian 12) really prints, become sentences saying what to do.
#include "stream/remotehost.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace
{
const QStringList commonArguments = {u"-T"_s, u"-o"_s, u"ServerAliveInterval=5"_s, u"-o"_s, u"ServerAliveCountMax=3"_s, u"-o"_s, u"ConnectTimeout=15"_s};

QProcessEnvironment baseEnvironment()
{
    QProcessEnvironment environment;
    environment.insert(u"PATH"_s, u"/usr/local/bin:/usr/bin:/bin"_s);
    environment.insert(u"HOME"_s, u"/home/alice"_s);
    environment.insert(u"SSH_AUTH_SOCK"_s, u"/run/user/1000/ssh-agent.socket"_s);
    return environment;
}

RemoteHost::Address address(const QString &user, const QString &host, std::optional<quint16> port = std::nullopt)
{
    return RemoteHost::Address{user, host, port};
}
}

class TestRemoteHost : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesAddresses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port"); // -1: none given
        QTest::addColumn<QString>("canonical");

        QTest::addRow("host") << u"box"_s << QString() << u"box"_s << -1 << u"box"_s;
        QTest::addRow("dotted name") << u"box.example.org"_s << QString() << u"box.example.org"_s << -1 << u"box.example.org"_s;
        QTest::addRow("ssh config alias") << u"Lab_Box-2"_s << QString() << u"Lab_Box-2"_s << -1 << u"Lab_Box-2"_s;
        QTest::addRow("user@host") << u"alice@box"_s << u"alice"_s << u"box"_s << -1 << u"alice@box"_s;
        QTest::addRow("host:port") << u"box:2222"_s << QString() << u"box"_s << 2222 << u"box:2222"_s;
        QTest::addRow("user@host:port") << u"alice@box:2222"_s << u"alice"_s << u"box"_s << 2222 << u"alice@box:2222"_s;
        QTest::addRow("user name with . _ -") << u"first.last_2-x@box"_s << u"first.last_2-x"_s << u"box"_s << -1 << u"first.last_2-x@box"_s;
        QTest::addRow("ipv4") << u"192.168.1.10"_s << QString() << u"192.168.1.10"_s << -1 << u"192.168.1.10"_s;
        QTest::addRow("user@ipv4:port") << u"root@10.0.0.1:22"_s << u"root"_s << u"10.0.0.1"_s << 22 << u"root@10.0.0.1:22"_s;
        QTest::addRow("[v6]") << u"[::1]"_s << QString() << u"::1"_s << -1 << u"::1"_s;
        QTest::addRow("[v6]:port") << u"[::1]:2222"_s << QString() << u"::1"_s << 2222 << u"[::1]:2222"_s;
        QTest::addRow("user@[v6]:port") << u"alice@[2001:db8::1]:22"_s << u"alice"_s << u"2001:db8::1"_s << 22 << u"alice@[2001:db8::1]:22"_s;
        QTest::addRow("[v6 with zone]:port") << u"[fe80::1%eth0]:22"_s << QString() << u"fe80::1%eth0"_s << 22 << u"[fe80::1%eth0]:22"_s;
        QTest::addRow("bare v6, no port") << u"alice@2001:db8::1"_s << u"alice"_s << u"2001:db8::1"_s << -1 << u"alice@2001:db8::1"_s;
        QTest::addRow("v4-mapped v6") << u"[::ffff:192.0.2.1]:22"_s << QString() << u"::ffff:192.0.2.1"_s << 22 << u"[::ffff:192.0.2.1]:22"_s;
        QTest::addRow("surrounding whitespace") << u" \t alice@box:22 \n"_s << u"alice"_s << u"box"_s << 22 << u"alice@box:22"_s;
        QTest::addRow("lowest port") << u"box:1"_s << QString() << u"box"_s << 1 << u"box:1"_s;
        QTest::addRow("highest port") << u"box:65535"_s << QString() << u"box"_s << 65535 << u"box:65535"_s;
        QTest::addRow("port with leading zeros") << u"box:0022"_s << QString() << u"box"_s << 22 << u"box:22"_s;
    }

    void parsesAddresses()
    {
        QFETCH(QString, text);
        QFETCH(QString, user);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, canonical);

        QString error;
        const std::optional<RemoteHost::Address> parsed = RemoteHost::parseAddress(text, &error);
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(parsed->user, user);
        QCOMPARE(parsed->host, host);
        QCOMPARE(parsed->port, port < 0 ? std::nullopt : std::optional<quint16>(port));
        QCOMPARE(parsed->toString(), canonical);
        // The canonical form reads back as the same address.
        QCOMPARE(RemoteHost::parseAddress(canonical, nullptr), parsed);
    }

    void refusesAddresses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("error");

        const QString empty = u"Enter the machine to connect to, as host, user@host or user@host:port."_s;
        QTest::addRow("empty") << QString() << empty;
        QTest::addRow("only whitespace") << u" \t "_s << empty;

        // ssh option injection: "ssh -oProxyCommand=x" runs x.
        const QString hostDash = u"A host name cannot start with \"-\"."_s;
        const QString userDash = u"A user name cannot start with \"-\"."_s;
        QTest::addRow("-oProxyCommand") << u"-oProxyCommand=x"_s << hostDash;
        QTest::addRow("-oProxyCommand with port") << u"-oProxyCommand=x:22"_s << hostDash;
        QTest::addRow("user@-oProxyCommand") << u"alice@-oProxyCommand=x"_s << hostDash;
        QTest::addRow("-l as user") << u"-lroot@box"_s << userDash;
        QTest::addRow("-oProxyCommand as user") << u"-oProxyCommand=x@box"_s << userDash;
        QTest::addRow("option after a space") << u"box -oProxyCommand=x"_s << u"The address contains a space (U+0020); host and user names have none."_s;

        const auto control = [](const char *codePoint) {
            return u"The address contains a control character (%1)."_s.arg(QLatin1StringView(codePoint));
        };
        QTest::addRow("tab") << u"alice@box\tx"_s << control("U+0009");
        QTest::addRow("newline") << u"box\nProxyCommand x"_s << control("U+000A");
        QTest::addRow("carriage return") << u"box\rx"_s << control("U+000D");
        QTest::addRow("NUL") << QStringView(u"box\0x", 5).toString() << control("U+0000");
        QTest::addRow("ESC sequence") << u"box\x1b[2J"_s << control("U+001B");
        QTest::addRow("DEL") << u"box\x7f"_s << control("U+007F");
        QTest::addRow("C1 NEL inside") << u"bo\u0085x"_s << control("U+0085");
        QTest::addRow("C1 CSI") << u"bo\u009bx"_s << control("U+009B");

        const auto bidi = [](const char *codePoint) {
            return u"The address contains an invisible text direction character (%1)."_s.arg(QLatin1StringView(codePoint));
        };
        QTest::addRow("RLO") << u"evil\u202Egro.com"_s << bidi("U+202E");
        QTest::addRow("LRE") << u"\u202Abox"_s << bidi("U+202A");
        QTest::addRow("PDF") << u"box\u202C"_s << bidi("U+202C");
        QTest::addRow("LRI") << u"\u2066box"_s << bidi("U+2066");
        QTest::addRow("PDI") << u"bo\u2069x"_s << bidi("U+2069");
        QTest::addRow("LRM") << u"box\u200E"_s << bidi("U+200E");
        QTest::addRow("RLM in user") << u"al\u200Fice@box"_s << bidi("U+200F");
        QTest::addRow("ALM") << u"bo\u061Cx"_s << bidi("U+061C");

        const auto space = [](const char *codePoint) {
            return u"The address contains a space (%1); host and user names have none."_s.arg(QLatin1StringView(codePoint));
        };
        QTest::addRow("space in user") << u"al ice@box"_s << space("U+0020");
        QTest::addRow("no-break space") << u"bo\u00A0x"_s << space("U+00A0");
        QTest::addRow("ideographic space") << u"bo\u3000x"_s << space("U+3000");
        QTest::addRow("line separator") << u"bo\u2028x"_s << space("U+2028");

        const auto hostCannot = [](const QString &what) {
            return u"A host name cannot contain %1."_s.arg(what);
        };
        QTest::addRow("shell ;") << u"box;id"_s << hostCannot(u"\";\" (U+003B)"_s);
        QTest::addRow("shell $(") << u"$(id)"_s << hostCannot(u"\"$\" (U+0024)"_s);
        QTest::addRow("backquote") << u"box`id`"_s << hostCannot(u"\"`\" (U+0060)"_s);
        QTest::addRow("pipe") << u"box|x"_s << hostCannot(u"\"|\" (U+007C)"_s);
        QTest::addRow("quote") << u"bo'x"_s << hostCannot(u"\"'\" (U+0027)"_s);
        QTest::addRow("slash") << u"box/x"_s << hostCannot(u"\"/\" (U+002F)"_s);
        QTest::addRow("percent outside brackets") << u"box%x"_s << hostCannot(u"\"%\" (U+0025)"_s);
        QTest::addRow("glob") << u"box*"_s << hostCannot(u"\"*\" (U+002A)"_s);
        QTest::addRow("comma") << u"a,b"_s << hostCannot(u"\",\" (U+002C)"_s);
        QTest::addRow("equals") << u"box=x"_s << hostCannot(u"\"=\" (U+003D)"_s);
        QTest::addRow("Cyrillic look-alike") << u"p\u0430ypal.com"_s << hostCannot(u"\"\u0430\" (U+0430)"_s);
        QTest::addRow("non-ASCII letter") << u"b\u00FCcher.de"_s << hostCannot(u"\"\u00FC\" (U+00FC)"_s);
        QTest::addRow("zero-width space") << u"bo\u200Bx"_s << hostCannot(u"U+200B"_s);
        QTest::addRow("emoji") << u"bo\U0001F600x"_s << hostCannot(u"\"\U0001F600\" (U+1F600)"_s);
        QTest::addRow("user cannot contain /") << u"al/ice@box"_s << u"A user name cannot contain \"/\" (U+002F)."_s;
        QTest::addRow("user cannot contain non-ASCII") << u"\u7528\u6237@box"_s << u"A user name cannot contain \"\u7528\" (U+7528)."_s;

        const QString twoAts = u"The address contains more than one \"@\"; write it as user@host."_s;
        QTest::addRow("two @") << u"a@b@box"_s << twoAts;
        QTest::addRow("doubled @") << u"alice@@box"_s << twoAts;
        QTest::addRow("no user before @") << u"@box"_s << u"There is no user name before \"@\"."_s;
        QTest::addRow("no host after @") << u"alice@"_s << u"There is no host name in the address."_s;
        QTest::addRow("port without host") << u":22"_s << u"There is no host name in the address."_s;

        const QString badPort = u"The port must be a number from 1 to 65535."_s;
        QTest::addRow("empty port") << u"box:"_s << badPort;
        QTest::addRow("port 0") << u"box:0"_s << badPort;
        QTest::addRow("port 65536") << u"box:65536"_s << badPort;
        QTest::addRow("huge port") << u"box:99999999999999999999"_s << badPort;
        QTest::addRow("negative port") << u"box:-1"_s << badPort;
        QTest::addRow("signed port") << u"box:+22"_s << badPort;
        QTest::addRow("port with letters") << u"box:22a"_s << badPort;
        QTest::addRow("non-ASCII digits") << u"box:\u0662\u0662"_s << badPort;
        QTest::addRow("v6 port 0") << u"[::1]:0"_s << badPort;
        QTest::addRow("v6 empty port") << u"[::1]:"_s << badPort;

        const QString notV6 = u"The text in brackets is not an IPv6 address."_s;
        QTest::addRow("unclosed bracket") << u"[::1"_s << u"\"[\" opens an IPv6 address that no \"]\" closes."_s;
        QTest::addRow("name in brackets") << u"[box.example.org]:22"_s << notV6;
        QTest::addRow("ipv4 in brackets") << u"[192.0.2.1]"_s << notV6;
        QTest::addRow("empty brackets") << u"[]"_s << notV6;
        QTest::addRow("bad v6") << u"[1:2:3:4:5:6:7:8:9]"_s << notV6;
        QTest::addRow("empty zone") << u"[fe80::1%]"_s << notV6;
        QTest::addRow("shell in zone") << u"[fe80::1%eth0;id]"_s << notV6;
        QTest::addRow("option in brackets") << u"[-oProxyCommand=x]"_s << notV6;
        QTest::addRow("text after brackets") << u"[::1]x"_s << u"Only \":\" and a port can follow an IPv6 address in brackets."_s;
        const QString colons = u"The address has more than one \":\" but is not an IPv6 address; write an IPv6 address with a port as [address]:port."_s;
        QTest::addRow("two ports") << u"box:22:33"_s << colons;
        QTest::addRow("v6 with port, no brackets") << u"2001:db8::1:22x"_s << colons;
    }

    void refusesAddresses()
    {
        QFETCH(QString, text);
        QFETCH(QString, error);

        QString said = u"unchanged"_s;
        QCOMPARE(RemoteHost::parseAddress(text, &said), std::nullopt);
        QCOMPARE(said, error);
        QCOMPARE(RemoteHost::parseAddress(text, nullptr), std::nullopt); // no error wanted: no crash
    }

    void commandWithoutPortOrUser()
    {
        const AgentCommand command = RemoteHost::agentCommand(address({}, u"box"_s), 1000, baseEnvironment(), false);
        QCOMPARE(command.program, u"ssh"_s);
        QCOMPARE(command.arguments, (commonArguments + QStringList{u"--"_s, u"box"_s, u"memlens-agent --interval 1000"_s}));
        QCOMPARE(command.hostName, u"box"_s);
    }

    void commandWithPortAndUser()
    {
        const AgentCommand command = RemoteHost::agentCommand(address(u"alice"_s, u"box"_s, 2222), 500, baseEnvironment(), false);
        QCOMPARE(command.program, u"ssh"_s);
        QCOMPARE(command.arguments,
                 (commonArguments + QStringList{u"-p"_s, u"2222"_s, u"-l"_s, u"alice"_s, u"--"_s, u"box"_s, u"memlens-agent --interval 500"_s}));
        QCOMPARE(command.hostName, u"alice@box:2222"_s);
    }

    void commandWithOnlyOneOfThem()
    {
        const AgentCommand withPort = RemoteHost::agentCommand(address({}, u"::1"_s, 22), 1000, baseEnvironment(), false);
        QCOMPARE(withPort.arguments, (commonArguments + QStringList{u"-p"_s, u"22"_s, u"--"_s, u"::1"_s, u"memlens-agent --interval 1000"_s}));
        QCOMPARE(withPort.hostName, u"[::1]:22"_s);
        const AgentCommand withUser = RemoteHost::agentCommand(address(u"bob"_s, u"10.0.0.1"_s), 2000, baseEnvironment(), false);
        QCOMPARE(withUser.arguments, (commonArguments + QStringList{u"-l"_s, u"bob"_s, u"--"_s, u"10.0.0.1"_s, u"memlens-agent --interval 2000"_s}));
        QCOMPARE(withUser.hostName, u"bob@10.0.0.1"_s);
    }

    // The user's own ssh setup decides: no other config, key, or a batch mode that would refuse
    // every question.
    void commandKeepsTheUsersSetup()
    {
        const AgentCommand command = RemoteHost::agentCommand(address(u"alice"_s, u"box"_s, 2222), 1000, baseEnvironment(), true);
        QCOMPARE(command.arguments.indexOf(u"--"_s), command.arguments.size() - 3); // then only the host and the remote command
        for (const QString &argument : command.arguments) {
            QVERIFY2(argument != u"-F"_s && argument != u"-i"_s && !argument.contains(u"BatchMode"_s), qPrintable(argument));
        }
    }

    void commandExplainsItsExit()
    {
        const RemoteHost::Address box = address(u"alice"_s, u"box"_s, 2222);
        const AgentCommand command = RemoteHost::agentCommand(box, 1000, baseEnvironment(), false);
        QVERIFY(command.explainExit);
        const QByteArray refused = "ssh: connect to host box port 2222: Connection refused\r\n";
        QCOMPARE(command.explainExit(255, refused), RemoteHost::explainFailure(box, 255, refused));
    }

    // Without a display, ssh asks on the terminal MemLens was started from: nothing is added.
    void environmentWithoutDisplay()
    {
        QProcessEnvironment base = baseEnvironment();
        QCOMPARE(RemoteHost::agentCommand(address({}, u"box"_s), 1000, base, false).environment, base);
        base.insert(u"SSH_ASKPASS"_s, u"/usr/bin/ksshaskpass"_s);
        QCOMPARE(RemoteHost::agentCommand(address({}, u"box"_s), 1000, base, false).environment, base);
    }

    void environmentWithTheUsersAskPass()
    {
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        const QString askPass = directory.filePath(u"my-askpass"_s);
        QFile script(askPass);
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write("#!/bin/sh\necho secret\n");
        script.close();
        QVERIFY(script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));

        QProcessEnvironment base = baseEnvironment();
        base.insert(u"SSH_ASKPASS"_s, askPass);
        QProcessEnvironment expected = base;
        expected.insert(u"SSH_ASKPASS_REQUIRE"_s, u"prefer"_s);
        QCOMPARE(RemoteHost::agentCommand(address({}, u"box"_s), 1000, base, true).environment, expected);

        // A choice the user made stands.
        base.insert(u"SSH_ASKPASS_REQUIRE"_s, u"force"_s);
        QCOMPARE(RemoteHost::agentCommand(address({}, u"box"_s), 1000, base, true).environment, base);
    }

    // Which askpass programs are installed differs between machines: whichever is found must be
    // the first of the list installed here, and nothing else of the environment changes.
    void environmentWithAnInstalledAskPass_data()
    {
        QTest::addColumn<bool>("setEmpty");
        QTest::addRow("SSH_ASKPASS unset") << false;
        QTest::addRow("SSH_ASKPASS empty") << true;
    }

    void environmentWithAnInstalledAskPass()
    {
        QFETCH(bool, setEmpty);
        QProcessEnvironment base = baseEnvironment();
        if (setEmpty)
            base.insert(u"SSH_ASKPASS"_s, QString());
        const QProcessEnvironment environment = RemoteHost::agentCommand(address({}, u"box"_s), 1000, base, true).environment;

        QString firstInstalled;
        for (const char *path : RemoteHost::askPassPrograms) {
            const QFileInfo program(QString::fromLatin1(path));
            if (program.isFile() && program.isExecutable()) {
                firstInstalled = program.filePath();
                break;
            }
        }
        if (firstInstalled.isEmpty()) {
            QCOMPARE(environment, base); // ssh asks on the terminal, or says it cannot
            return;
        }
        QProcessEnvironment expected = base;
        expected.insert(u"SSH_ASKPASS"_s, firstInstalled);
        expected.insert(u"SSH_ASKPASS_REQUIRE"_s, u"prefer"_s);
        QCOMPARE(environment, expected);
    }

    // Every stderr text here is what ssh (OpenSSH_9.2p1 Debian-2+deb12u10) or the remote shell
    // printed, byte for byte: ssh ends its own lines with "\r\n", the shells with "\n".
    void explainsFailures_data()
    {
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("standardError");
        QTest::addColumn<QString>("expected");

        const QString host = u"alice@box:2222"_s;
        const QString notResolved =
            u"the host name of %1 does not resolve to an address: check its spelling, or give the host a Host entry in "
            "~/.ssh/config"_s.arg(host);
        const QString unreachable =
            u"%1 could not be reached: check that the machine is on and on the network, that its ssh server runs, and the "
            "port"_s.arg(host);
        const QString authentication =
            u"%1 did not accept the login: check the user name, and that your public key is in ~/.ssh/authorized_keys "
            "there (ssh-copy-id puts it there)"_s.arg(host);
        const QString hostKeyUnknown =
            u"ssh could not confirm that %1 is the machine it claims to be: connect once in a terminal with \"ssh -p 2222 "
            "alice@box\", compare the key's fingerprint with the one the machine shows, and accept it"_s.arg(host);
        const QString agentMissing =
            u"memlens-agent was not found on %1: install MemLens there so that memlens-agent is on the PATH (install the "
            "memlens package there, or run \"cmake --install\" of MemLens on it)"_s.arg(host);
        const QString lost = u"the connection to %1 was lost: check the network, then connect again"_s.arg(host);

        // ssh -o BatchMode=yes -o ConnectTimeout=3 nosuchhost.invalid true
        QTest::addRow("name does not resolve") << 255 << "ssh: Could not resolve hostname nosuchhost.invalid: Name or service not known\r\n"_ba << notResolved;
        // ssh -p 1 127.0.0.1 true; ssh -p 1 ::1 true
        QTest::addRow("refused") << 255 << "ssh: connect to host 127.0.0.1 port 1: Connection refused\r\n"_ba << unreachable;
        QTest::addRow("refused, v6") << 255 << "ssh: connect to host ::1 port 1: Connection refused\r\n"_ba << unreachable;
        // SYN into a link where nothing answers (a veth with its peer down), ConnectTimeout=2
        QTest::addRow("connect timed out") << 255 << "ssh: connect to host 10.9.9.2 port 22: Connection timed out\r\n"_ba << unreachable;
        QTest::addRow("no route") << 255 << "ssh: connect to host 2001:db8::1 port 22: No route to host\r\n"_ba << unreachable;
        // in a network namespace without routes
        QTest::addRow("network unreachable") << 255 << "ssh: connect to host 192.0.2.1 port 22: Network is unreachable\r\n"_ba << unreachable;
        // a "prohibit" route (as a firewall's reject does): the connect is refused, not the login
        QTest::addRow("connect not permitted") << 255 << "ssh: connect to host 10.8.0.1 port 22: Permission denied\r\n"_ba << unreachable;
        // TCP accepted (by a middlebox) but no ssh server ever speaks
        QTest::addRow("banner timed out") << 255 << "Connection timed out during banner exchange\r\nConnection to 10.255.255.1 port 22 timed out\r\n"_ba
                                          << unreachable;
        // a server that reads the client's version line and hangs up (as sshd over MaxStartups does)
        QTest::addRow("closed before login")
            << 255 << "kex_exchange_identification: Connection closed by remote host\r\nConnection closed by 127.0.0.1 port 45601\r\n"_ba << unreachable;
        QTest::addRow("reset before login") << 255
                                            << "kex_exchange_identification: read: Connection reset by peer\r\nConnection reset by 127.0.0.1 port 38533\r\n"_ba
                                            << unreachable;
        QTest::addRow("reset at once") << 255 << "Connection reset by UNKNOWN port -1\r\n"_ba << unreachable;
        // tests/remote/sshd-env.sh with a key it does not know
        QTest::addRow("key refused") << 255 << "memlens-remote@127.0.0.1: Permission denied (publickey).\r\n"_ba << authentication;
        // an empty known_hosts, StrictHostKeyChecking yes
        QTest::addRow("host key unknown, strict")
            << 255 << "No ED25519 host key is known for [127.0.0.1]:34853 and you have requested strict checking.\r\nHost key verification failed.\r\n"_ba
            << hostKeyUnknown;
        // StrictHostKeyChecking ask, with neither a terminal nor askpass to ask on
        QTest::addRow("host key unknown, nobody to ask") << 255 << "Host key verification failed.\r\n"_ba << hostKeyUnknown;
        // known_hosts pinning another key
        QTest::addRow("host key changed")
            << 255
            << "@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@\r\n"
               "@    WARNING: REMOTE HOST IDENTIFICATION HAS CHANGED!     @\r\n"
               "@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@\r\n"
               "IT IS POSSIBLE THAT SOMEONE IS DOING SOMETHING NASTY!\r\n"
               "Someone could be eavesdropping on you right now (man-in-the-middle attack)!\r\n"
               "It is also possible that a host key has just been changed.\r\n"
               "The fingerprint for the ED25519 key sent by the remote host is\n"
               "SHA256:dZ7Le/zl8ZHI7qd0MH6F0Sp9tssae0UM6yIumHNLDYs.\r\n"
               "Please contact your system administrator.\r\n"
               "Add correct host key in /tmp/memlens-sshd.J9CfEy/kh_changed to get rid of this message.\r\n"
               "Offending ED25519 key in /tmp/memlens-sshd.J9CfEy/kh_changed:1\r\n"
               "  remove with:\r\n"
               "  ssh-keygen -f \"/tmp/memlens-sshd.J9CfEy/kh_changed\" -R \"[127.0.0.1]:34853\"\r\n"
               "Host key for [127.0.0.1]:34853 has changed and you have requested strict checking.\r\n"
               "Host key verification failed.\r\n"_ba
            << u"the host key of %1 has changed since the last connection, so ssh refused to connect: the machine was reinstalled, or someone is "
               "intercepting the connection. Only if you know the key changed, remove the old one with \"ssh-keygen -f "
               "\"/tmp/memlens-sshd.J9CfEy/kh_changed\" -R \"[127.0.0.1]:34853\"\" and connect once in a terminal with \"ssh -p 2222 alice@box\""_s.arg(host);
        // the remote login shell, bash or dash, without memlens-agent on its PATH
        QTest::addRow("agent missing, bash") << 127 << "bash: line 1: memlens-agent: command not found\n"_ba << agentMissing;
        QTest::addRow("agent missing, dash") << 127 << "sh: 1: memlens-agent: not found\n"_ba << agentMissing;
        QTest::addRow("agent path missing") << 127 << "bash: line 1: /nonexistent/memlens-agent: No such file or directory\n"_ba << agentMissing;
        QTest::addRow("agent missing, code lost") << 1 << "zsh:1: command not found: memlens-agent\n"_ba << agentMissing;
        QTest::addRow("exit 127, nothing said") << 127 << QByteArray() << agentMissing;
        // sshd-env.sh: `ssh ... 'sleep 30'`, then every sshd process killed (TERM or KILL): ssh ends
        // within milliseconds
        QTest::addRow("sshd killed") << 255 << "Connection to 127.0.0.1 closed by remote host.\r\n"_ba << lost;
        // the connection reset under a running session (a proxy between dropped it)
        QTest::addRow("reset mid-stream") << 255 << "client_loop: send disconnect: Broken pipe\r\n"_ba << lost;
        // every sshd process stopped (SIGSTOP): no packet comes back; with ServerAliveInterval=5 and
        // ServerAliveCountMax=3, ssh gave up after 19 s
        QTest::addRow("server silent") << 255 << "Timeout, server 127.0.0.1 not responding.\r\n"_ba << lost;
        // an agent that ends with a word of its own, whatever it mentions, is not ssh failing
        QTest::addRow("agent's own failure") << 1 << "memlens-agent: cannot read /proc: Connection refused\n"_ba
                                             << u"ssh ended with code 1: memlens-agent: cannot read /proc: Connection refused"_s;
        // ssh -p 0 localhost true (ssh's own refusal, without "\r")
        QTest::addRow("something else") << 255 << "Bad port '0'\n"_ba << u"ssh ended with code 255: Bad port '0'"_s;
        // ssh -- -oProxyCommand=x true
        QTest::addRow("ssh's own check") << 255 << "hostname contains invalid characters\r\n"_ba
                                         << u"ssh ended with code 255: hostname contains invalid characters"_s;
        QTest::addRow("nothing said") << 3 << QByteArray() << u"ssh ended with code 3"_s;
        QTest::addRow("terminal escapes made visible")
            << 2 << "warning\nbad \x1b]0;owned\x07 \xe2\x80\xae line\r\n\n"_ba << u"ssh ended with code 2: bad \\x1b]0;owned\\x07 \\u202e line"_s;
        QTest::addRow("long line cut") << 255 << QByteArray(500, 'x') + "\r\n" << u"ssh ended with code 255: "_s + QString(199, u'x') + u'…';
    }

    void explainsFailures()
    {
        QFETCH(int, exitCode);
        QFETCH(QByteArray, standardError);
        QFETCH(QString, expected);

        QCOMPARE(RemoteHost::explainFailure(address(u"alice"_s, u"box"_s, 2222), exitCode, standardError), expected);
    }

    // Without a port, and without ssh's own removal line, the advice is built from the address.
    void explainsChangedKeyWithoutSshsLine()
    {
        const QByteArray changed = "@    WARNING: REMOTE HOST IDENTIFICATION HAS CHANGED!     @\r\nHost key verification failed.\r\n";
        const QString text = RemoteHost::explainFailure(address({}, u"box"_s), 255, changed);
        QVERIFY2(text.contains(u"remove the old one with \"ssh-keygen -R box\" and connect once in a terminal with \"ssh box\""_s), qPrintable(text));
        const QString withPort = RemoteHost::explainFailure(address({}, u"::1"_s, 22), 255, changed);
        QVERIFY2(withPort.contains(u"\"ssh-keygen -R \"[::1]:22\"\""_s), qPrintable(withPort));
        QVERIFY2(withPort.contains(u"the host key of [::1]:22 has changed"_s), qPrintable(withPort));
    }
};

QTEST_GUILESS_MAIN(TestRemoteHost)
#include "tst_remotehost.moc"
