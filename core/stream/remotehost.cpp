// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "remotehost.h"

#include "format/textescape.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

#include <arpa/inet.h>

namespace
{
struct Text {
    Q_DECLARE_TR_FUNCTIONS(RemoteHost)
};

constexpr qsizetype maxShownLength = 200;

bool isControl(char32_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f);
}

// Marks, embeddings, overrides and isolates: invisible, and they reorder what is shown around them.
bool isBidiControl(char32_t c)
{
    return c == 0x061c || c == 0x200e || c == 0x200f || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

// What a host name (or ssh config alias), an IPv4 address and a user name are made of. ASCII only:
// a look-alike letter from another script would name another machine.
bool isNameCharacter(char32_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'-' || c == u'.' || c == u'_';
}

QString codePoint(char32_t c)
{
    return QStringLiteral("U+%1").arg(uint(c), 4, 16, QLatin1Char('0')).toUpper();
}

// A character the user can find in what they typed: itself where it can be seen, and its code
// point, since a look-alike is the usual culprit.
QString describe(char32_t c)
{
    if (QChar::isPrint(c) && !QChar::isSpace(c))
        return Text::tr("\"%1\" (%2)").arg(QString::fromUcs4(&c, 1), codePoint(c));
    return codePoint(c);
}

std::optional<QString> refuseCharacters(const QString &text)
{
    for (const char32_t c : text.toUcs4()) {
        if (isControl(c))
            return Text::tr("The address contains a control character (%1).").arg(codePoint(c));
        if (isBidiControl(c))
            return Text::tr("The address contains an invisible text direction character (%1).").arg(codePoint(c));
        if (QChar::isSpace(c))
            return Text::tr("The address contains a space (%1); host and user names have none.").arg(codePoint(c));
    }
    return std::nullopt;
}

// A user or host name that ssh cannot take for an option, made only of name characters.
std::optional<QString> refuseName(const QString &name, bool isUser)
{
    if (name.isEmpty())
        return isUser ? Text::tr("There is no user name before \"@\".") : Text::tr("There is no host name in the address.");
    if (name.startsWith(u'-'))
        return isUser ? Text::tr("A user name cannot start with \"-\".") : Text::tr("A host name cannot start with \"-\".");
    for (const char32_t c : name.toUcs4()) {
        if (!isNameCharacter(c))
            return isUser ? Text::tr("A user name cannot contain %1.").arg(describe(c)) : Text::tr("A host name cannot contain %1.").arg(describe(c));
    }
    return std::nullopt;
}

bool isIpv6(const QString &text)
{
    // A zone ("fe80::1%eth0") names a local interface.
    const qsizetype zone = text.indexOf(u'%');
    if (zone >= 0 && (zone + 1 == text.size() || refuseName(text.sliced(zone + 1), false)))
        return false;
    const QString address = zone < 0 ? text : text.first(zone);
    const bool ipv6Characters = std::all_of(address.cbegin(), address.cend(), [](QChar c) {
        return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F') || c == u':' || c == u'.';
    });
    in6_addr parsed;
    return ipv6Characters && inet_pton(AF_INET6, address.toLatin1().constData(), &parsed) == 1;
}

std::optional<quint16> parsePort(const QString &text)
{
    if (text.isEmpty() || text.size() > 5 || !std::all_of(text.cbegin(), text.cend(), [](QChar c) {
            return c >= u'0' && c <= u'9';
        }))
        return std::nullopt;
    const uint port = text.toUInt();
    if (port < 1 || port > 65535)
        return std::nullopt;
    return quint16(port);
}

// The command to type in a terminal to reach the same host as MemLens.
QString sshCommandLine(const RemoteHost::Address &address)
{
    QString line = QStringLiteral("ssh ");
    if (address.port)
        line += QStringLiteral("-p %1 ").arg(*address.port);
    if (!address.user.isEmpty())
        line += address.user + u'@';
    return line + address.host;
}

QString lastLine(const QString &text)
{
    const QStringList lines = text.split(u'\n');
    for (auto line = lines.crbegin(); line != lines.crend(); ++line) {
        const QString trimmed = line->trimmed();
        if (!trimmed.isEmpty())
            return trimmed;
    }
    return {};
}

QString shortened(const QString &text)
{
    if (text.size() <= maxShownLength)
        return text;
    qsizetype cut = maxShownLength - 1;
    if (text[cut - 1].isHighSurrogate())
        --cut;
    return text.first(cut) + u'…';
}

enum class Failure {
    NotResolved,
    Unreachable,
    Authentication,
    HostKeyUnknown,
    HostKeyChanged,
    AgentMissing,
    ConnectionLost,
    Other,
};

// OpenSSH's messages for each failure, as 9.2 prints them. The latest line that says something
// decides: ssh writes its fatal message last, and earlier lines (warnings, a forwarding that
// failed) are not why it ended.
Failure classify(int exitCode, const QString &errors)
{
    // The remote shell's words for a command it cannot find: bash, dash, zsh, fish, tcsh.
    static const QRegularExpression agentMissing(QStringLiteral("memlens-agent: (command )?not found|not found: memlens-agent|"
                                                                "unknown command:? \\W?memlens-agent|memlens-agent: no such file or directory"),
                                                 QRegularExpression::CaseInsensitiveOption);
    // Said after the session began: the far end went away, or the network between.
    static const QRegularExpression lost(
        QStringLiteral("^Timeout, server \\S+ not responding|^Connection to \\S+ closed|^client_loop: |"
                       "^Read from remote host |^Write failed: "));
    // Said before there was a session: no server there, or none that would talk.
    static const QRegularExpression unreachable(
        QStringLiteral("^ssh: connect to host |^kex_exchange_identification: |banner exchange|"
                       "^Connection (closed|reset|timed out) by \\S+ port -?\\d+|^Connection to \\S+ port \\d+ timed out|"
                       "Connection refused|No route to host|Network is unreachable|Connection timed out"));
    static const QRegularExpression lostLater(QStringLiteral("Broken pipe|Connection reset"));
    if (exitCode == 127)
        return Failure::AgentMissing;
    if (exitCode == 255 && errors.contains(QLatin1StringView("REMOTE HOST IDENTIFICATION HAS CHANGED")))
        return Failure::HostKeyChanged;
    const QStringList lines = errors.split(u'\n');
    for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
        const QString line = it->trimmed();
        if (agentMissing.match(line).hasMatch())
            return Failure::AgentMissing;
        if (exitCode != 255)
            continue; // the agent's own exit code: none of ssh's failures
        if (line.contains(QLatin1StringView("Could not resolve hostname")))
            return Failure::NotResolved;
        if (line.contains(QLatin1StringView("Host key verification failed")))
            return Failure::HostKeyUnknown;
        if (line.contains(QLatin1StringView("Permission denied (")) || line.contains(QLatin1StringView("Too many authentication failures")))
            return Failure::Authentication;
        if (lost.match(line).hasMatch())
            return Failure::ConnectionLost;
        if (unreachable.match(line).hasMatch())
            return Failure::Unreachable;
        if (lostLater.match(line).hasMatch())
            return Failure::ConnectionLost;
    }
    return Failure::Other;
}

// How to drop the old key: the line ssh itself printed (it knows which file and which name), or
// failing that the usual one.
QString removeKeyCommand(const RemoteHost::Address &address, const QString &errors)
{
    static const QRegularExpression printed(QStringLiteral("^\\s*(ssh-keygen -f .* -R .*?)\\s*$"), QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = printed.match(errors);
    if (match.hasMatch())
        return shortened(TextEscape::visible(match.captured(1)));
    if (address.port)
        return QStringLiteral("ssh-keygen -R \"[%1]:%2\"").arg(address.host).arg(*address.port);
    return QStringLiteral("ssh-keygen -R %1").arg(address.host);
}

QProcessEnvironment askPassEnvironment(const QProcessEnvironment &base, bool hasDisplay)
{
    if (!hasDisplay)
        return base; // the terminal MemLens runs in, if any, is where ssh asks
    // An empty environment means "inherit": adding to it would leave ssh with nothing else.
    QProcessEnvironment environment = base.isEmpty() ? QProcessEnvironment::systemEnvironment() : base;
    if (environment.value(QStringLiteral("SSH_ASKPASS")).isEmpty()) {
        const auto *found = std::find_if(std::cbegin(RemoteHost::askPassPrograms), std::cend(RemoteHost::askPassPrograms), [](const char *path) {
            const QFileInfo program(QString::fromLatin1(path));
            return program.isFile() && program.isExecutable();
        });
        if (found == std::cend(RemoteHost::askPassPrograms))
            return base; // nothing to ask with: ssh falls back to the terminal, or fails saying so
        environment.insert(QStringLiteral("SSH_ASKPASS"), QString::fromLatin1(*found));
    }
    // Without this ssh uses askpass only when it has no terminal; MemLens started from one would
    // leave its questions in a window the user is not looking at. A choice of the user's stands.
    if (!environment.contains(QStringLiteral("SSH_ASKPASS_REQUIRE")))
        environment.insert(QStringLiteral("SSH_ASKPASS_REQUIRE"), QStringLiteral("prefer"));
    return environment;
}
}

QString RemoteHost::Address::toString() const
{
    QString text;
    if (!user.isEmpty())
        text = user + u'@';
    if (port && host.contains(u':'))
        return text + u'[' + host + QStringLiteral("]:") + QString::number(*port);
    text += host;
    if (port)
        text += u':' + QString::number(*port);
    return text;
}

std::optional<RemoteHost::Address> RemoteHost::parseAddress(const QString &text, QString *error)
{
    const auto refuse = [error](const QString &reason) -> std::optional<Address> {
        if (error)
            *error = reason;
        return std::nullopt;
    };
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return refuse(Text::tr("Enter the machine to connect to, as host, user@host or user@host:port."));
    if (const auto reason = refuseCharacters(trimmed))
        return refuse(*reason);
    if (trimmed.count(u'@') > 1)
        return refuse(Text::tr("The address contains more than one \"@\"; write it as user@host."));

    Address address;
    QString rest = trimmed;
    if (const qsizetype at = trimmed.indexOf(u'@'); at >= 0) {
        address.user = trimmed.first(at);
        rest = trimmed.sliced(at + 1);
        if (const auto reason = refuseName(address.user, true))
            return refuse(*reason);
    }

    QString portText;
    bool hasPort = false;
    if (rest.startsWith(u'[')) {
        const qsizetype close = rest.indexOf(u']');
        if (close < 0)
            return refuse(Text::tr("\"[\" opens an IPv6 address that no \"]\" closes."));
        address.host = rest.sliced(1, close - 1);
        if (!isIpv6(address.host))
            return refuse(Text::tr("The text in brackets is not an IPv6 address."));
        const QString after = rest.sliced(close + 1);
        if (!after.isEmpty() && !after.startsWith(u':'))
            return refuse(Text::tr("Only \":\" and a port can follow an IPv6 address in brackets."));
        hasPort = !after.isEmpty();
        portText = after.mid(1);
    } else if (rest.count(u':') > 1) {
        // Without brackets, colons belong to an IPv6 address, which then has no port.
        if (!isIpv6(rest))
            return refuse(
                Text::tr("The address has more than one \":\" but is not an IPv6 address; write an IPv6 address with a port as "
                         "[address]:port."));
        address.host = rest;
    } else {
        const qsizetype colon = rest.indexOf(u':');
        address.host = colon < 0 ? rest : rest.first(colon);
        hasPort = colon >= 0;
        portText = rest.mid(colon + 1);
        if (const auto reason = refuseName(address.host, false))
            return refuse(*reason);
    }
    if (hasPort) {
        address.port = parsePort(portText);
        if (!address.port)
            return refuse(Text::tr("The port must be a number from 1 to 65535."));
    }
    return address;
}

AgentCommand RemoteHost::agentCommand(const Address &address, int intervalMs, const QProcessEnvironment &base, bool hasDisplay)
{
    AgentCommand command;
    command.program = QStringLiteral("ssh");
    // No terminal on the far side: the stream is binary, and a pseudo-terminal would mangle it.
    // Keepalives notice a network that went away without a word within 20 s, where TCP alone
    // could wait for hours.
    command.arguments = {QStringLiteral("-T"),
                         QStringLiteral("-o"),
                         QStringLiteral("ServerAliveInterval=5"),
                         QStringLiteral("-o"),
                         QStringLiteral("ServerAliveCountMax=3"),
                         QStringLiteral("-o"),
                         QStringLiteral("ConnectTimeout=15")};
    if (address.port)
        command.arguments << QStringLiteral("-p") << QString::number(*address.port);
    if (!address.user.isEmpty())
        command.arguments << QStringLiteral("-l") << address.user;
    // After "--" nothing is read as an option, whatever got past parseAddress.
    command.arguments << QStringLiteral("--") << address.host << QStringLiteral("%1 --interval %2").arg(QLatin1StringView(agentProgram)).arg(intervalMs);
    command.environment = askPassEnvironment(base, hasDisplay);
    command.hostName = address.toString();
    command.explainExit = [address](int exitCode, const QByteArray &standardError) {
        return explainFailure(address, exitCode, standardError);
    };
    return command;
}

QString RemoteHost::explainFailure(const Address &address, int exitCode, const QByteArray &sshStandardError)
{
    const QString errors = QString::fromUtf8(sshStandardError);
    const QString host = TextEscape::visible(address.toString());
    switch (classify(exitCode, errors)) {
    case Failure::NotResolved:
        return Text::tr("the host name of %1 does not resolve to an address: check its spelling, or give the host a Host entry in ~/.ssh/config").arg(host);
    case Failure::Unreachable:
        return Text::tr("%1 could not be reached: check that the machine is on and on the network, that its ssh server runs, and the port").arg(host);
    case Failure::Authentication:
        return Text::tr(
                   "%1 did not accept the login: check the user name, and that your public key is in ~/.ssh/authorized_keys there "
                   "(ssh-copy-id puts it there)")
            .arg(host);
    case Failure::HostKeyUnknown:
        return Text::tr(
                   "ssh could not confirm that %1 is the machine it claims to be: connect once in a terminal with \"%2\", compare the "
                   "key's fingerprint with the one the machine shows, and accept it")
            .arg(host, sshCommandLine(address));
    case Failure::HostKeyChanged:
        return Text::tr(
                   "the host key of %1 has changed since the last connection, so ssh refused to connect: the machine was reinstalled, or "
                   "someone is intercepting the connection. Only if you know the key changed, remove the old one with \"%2\" and connect "
                   "once in a terminal with \"%3\"")
            .arg(host, removeKeyCommand(address, errors), sshCommandLine(address));
    case Failure::AgentMissing:
        return Text::tr(
                   "memlens-agent was not found on %1: install MemLens there so that memlens-agent is on the PATH (install the memlens "
                   "package there, or run \"cmake --install\" of MemLens on it)")
            .arg(host);
    case Failure::ConnectionLost:
        return Text::tr("the connection to %1 was lost: check the network, then connect again").arg(host);
    case Failure::Other:
        break;
    }
    const QString said = shortened(TextEscape::visible(lastLine(errors)));
    if (said.isEmpty())
        return Text::tr("ssh ended with code %1").arg(exitCode);
    return Text::tr("ssh ended with code %1: %2").arg(exitCode).arg(said);
}
