<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About MemLens</source>
        <translation>Über MemLens</translation>
    </message>
    <message>
        <source>&lt;h2&gt;MemLens %1&lt;/h2&gt;&lt;p&gt;Where memory goes on Linux: the system, every process and mapping, and the kernel; and the few settings that change it, tried safely.&lt;/p&gt;&lt;p&gt;Free software under the &lt;a href=&quot;%2&quot;&gt;GNU General Public License, version 3 or later&lt;/a&gt;: you may use, study, share and change it. Its documentation, icons and screenshots are under CC-BY-SA-4.0, its metadata and captured test data under CC0-1.0.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%3&quot;&gt;Source code and documentation&lt;/a&gt; · &lt;a href=&quot;%4&quot;&gt;Report a problem&lt;/a&gt;&lt;/p&gt;&lt;p&gt;Built with Qt %5 (running on Qt %6).&lt;/p&gt;</source>
        <translation>&lt;h2&gt;MemLens %1&lt;/h2&gt;&lt;p&gt;Wohin der Speicher unter Linux geht: das System, jeder Prozess und jedes Mapping und der Kernel; und die wenigen Einstellungen, die daran etwas ändern, sicher ausprobiert.&lt;/p&gt;&lt;p&gt;Freie Software unter der &lt;a href=&quot;%2&quot;&gt;GNU General Public License, Version 3 oder später&lt;/a&gt;: Sie dürfen sie verwenden, untersuchen, weitergeben und verändern. Ihre Dokumentation, Symbole und Bildschirmfotos stehen unter CC-BY-SA-4.0, ihre Metadaten und aufgezeichneten Testdaten unter CC0-1.0.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%3&quot;&gt;Quelltext und Dokumentation&lt;/a&gt; · &lt;a href=&quot;%4&quot;&gt;Ein Problem melden&lt;/a&gt;&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %5 (läuft mit Qt %6).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>AccountingBar</name>
    <message>
        <source>Where RAM goes</source>
        <translation>Wohin der RAM geht</translation>
    </message>
    <message>
        <source>Memory programs allocated for themselves — heaps, stacks, private data. It can only leave RAM by going to swap.</source>
        <translation>Speicher, den Programme für sich selbst angefordert haben – Heaps, Stacks, private Daten. Er kann den RAM nur in Richtung Swap verlassen.</translation>
    </message>
    <message>
        <source>Contents of files kept in RAM so the next read is instant. The kernel drops clean cache whenever programs need the room.</source>
        <translation>Dateiinhalte, die im RAM gehalten werden, damit der nächste Lesezugriff sofort erfolgt. Sauberen Cache gibt der Kernel frei, sobald Programme den Platz brauchen.</translation>
    </message>
    <message>
        <source>tmpfs files (such as /dev/shm and /run) and shared memory between programs. It looks like cache but cannot simply be dropped.</source>
        <translation>tmpfs-Dateien (etwa /dev/shm und /run) und Shared Memory zwischen Programmen. Sieht aus wie Cache, lässt sich aber nicht einfach verwerfen.</translation>
    </message>
    <message>
        <source>Kernel caches of directory entries and file metadata that the kernel can free under pressure.</source>
        <translation>Kernel-Caches für Verzeichniseinträge und Dateimetadaten, die der Kernel unter Speicherdruck freigeben kann.</translation>
    </message>
    <message>
        <source>Kernel data structures in use, such as network buffers and open-file tables. Freed only when their owners release them.</source>
        <translation>Belegte Kernel-Datenstrukturen wie Netzwerkpuffer und Tabellen offener Dateien. Sie werden erst frei, wenn ihre Besitzer sie freigeben.</translation>
    </message>
    <message>
        <source>A kernel stack for every thread and the page tables that map each program&apos;s memory. Grows with the number of threads and mappings.</source>
        <translation>Ein Kernel-Stack für jeden Thread und die Seitentabellen, die den Speicher jedes Programms abbilden. Wächst mit der Zahl der Threads und Mappings.</translation>
    </message>
    <message>
        <source>RAM holding nothing at all. Linux keeps it small on purpose: unused RAM is used for cache.</source>
        <translation>RAM, der gar nichts enthält. Linux hält diesen Teil absichtlich klein: Ungenutzter RAM dient als Cache.</translation>
    </message>
    <message>
        <source>RAM that none of the counters above explain: memory taken directly by drivers, graphics cards, firmware and huge page pools.</source>
        <translation>RAM, den keiner der obigen Zähler erklärt: Speicher, den Treiber, Grafikkarten und Firmware direkt belegen, sowie Huge-Page-Pools.</translation>
    </message>
    <message>
        <source>%1 %2 · %3 %</source>
        <translation>%1 %2 · %3&#xa0;%</translation>
    </message>
    <message>
        <source>OpenZFS&apos;s cache of file data and metadata (the ARC). It gives memory back when programs need it, down to its minimum, but the kernel counts it as used, not as cache.</source>
        <translation>Der Cache von OpenZFS für Dateidaten und Metadaten (der ARC). Er gibt Speicher zurück, wenn Programme ihn brauchen, bis hinab zu seinem Minimum, aber der Kernel zählt ihn als belegt, nicht als Cache.</translation>
    </message>
    <message>
        <source>System RAM a graphics driver holds for the GPU (amdgpu&apos;s GTT), which no /proc/meminfo field counts. Drivers whose buffers are shared memory (i915, virtio-gpu) are in Shared memory instead; memory on the card is not in RAM at all.</source>
        <translation>Arbeitsspeicher, den ein Grafiktreiber für die GPU hält (die GTT von amdgpu) und den kein Feld in /proc/meminfo zählt. Treiber, deren Puffer Shared Memory sind (i915, virtio-gpu), stehen stattdessen unter „Shared Memory“; Speicher auf der Karte liegt gar nicht im RAM.</translation>
    </message>
</context>
<context>
    <name>AgentConversation</name>
    <message>
        <source>MemLens speaks version %1 of the agent&apos;s requests, and this memlens-agent version %2: install the same MemLens on both sides</source>
        <translation>MemLens spricht Version %1 der Agent-Anfragen, dieser memlens-agent dagegen Version %2: Installieren Sie auf beiden Seiten dasselbe MemLens</translation>
    </message>
    <message>
        <source>a request came before the handshake</source>
        <translation>eine Anfrage kam vor dem Handshake</translation>
    </message>
</context>
<context>
    <name>AgentRequest</name>
    <message>
        <source>a request is longer than any request</source>
        <translation>eine Anfrage ist länger als jede gültige Anfrage</translation>
    </message>
    <message>
        <source>the handshake does not name a version</source>
        <translation>der Handshake nennt keine Version</translation>
    </message>
    <message>
        <source>the interval asked for is not between 500 and 10000 ms</source>
        <translation>das angeforderte Intervall liegt nicht zwischen 500 und 10000 ms</translation>
    </message>
    <message>
        <source>the PSS age asked for is not between 1 and 600 s</source>
        <translation>das angeforderte PSS-Alter liegt nicht zwischen 1 und 600 s</translation>
    </message>
    <message>
        <source>the process asked for is not a pid and a start time</source>
        <translation>der angeforderte Prozess ist nicht als PID und Startzeit angegeben</translation>
    </message>
    <message>
        <source>a request is not one this agent knows</source>
        <translation>eine Anfrage ist diesem Agenten unbekannt</translation>
    </message>
    <message>
        <source>the requests are damaged: a line goes on past any request&apos;s length</source>
        <translation>die Anfragen sind beschädigt: Eine Zeile geht über die Länge jeder gültigen Anfrage hinaus</translation>
    </message>
</context>
<context>
    <name>AgentSource</name>
    <message>
        <source>%1 could not be started: %2</source>
        <translation>%1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>%1 stopped unexpectedly</source>
        <translation>%1 wurde unerwartet beendet</translation>
    </message>
    <message>
        <source>%1 ended (exit code %2)</source>
        <translation>%1 wurde beendet (Exit-Code %2)</translation>
    </message>
</context>
<context>
    <name>ByteFormat</name>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Byte</translation>
    </message>
</context>
<context>
    <name>CgroupModel</name>
    <message>
        <source>the pressure file has no such line</source>
        <translation>die Pressure-Datei enthält keine solche Zeile</translation>
    </message>
    <message>
        <source>this kernel does not count OOM kills per group</source>
        <translation>dieser Kernel zählt OOM-Kills nicht pro Gruppe</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>kein Limit</translation>
    </message>
    <message>
        <source>Memory charged to the group now, page cache included (memory.current; memory.usage_in_bytes on cgroup v1).</source>
        <translation>Speicher, der der Gruppe derzeit angerechnet wird, Seitencache eingeschlossen (memory.current; memory.usage_in_bytes bei cgroup v1).</translation>
    </message>
    <message>
        <source>The hard limit: above it the kernel reclaims, and if it cannot, the OOM killer ends a process of the group.</source>
        <translation>Das harte Limit: Darüber gewinnt der Kernel Speicher zurück, und wenn das nicht gelingt, beendet der OOM-Killer einen Prozess der Gruppe.</translation>
    </message>
    <message>
        <source>The soft limit: above it the group&apos;s processes are slowed down and pushed to reclaim.</source>
        <translation>Das weiche Limit: Darüber werden die Prozesse der Gruppe gebremst und zur Speicherrückgewinnung gezwungen.</translation>
    </message>
    <message>
        <source>Share of the last 10 seconds in which at least one process of the group waited for memory.</source>
        <translation>Anteil der letzten 10 Sekunden, in dem mindestens ein Prozess der Gruppe auf Speicher gewartet hat.</translation>
    </message>
    <message>
        <source>Share of the last 10 seconds in which every process of the group waited for memory at once.</source>
        <translation>Anteil der letzten 10 Sekunden, in dem alle Prozesse der Gruppe gleichzeitig auf Speicher gewartet haben.</translation>
    </message>
    <message>
        <source>Processes of this group the OOM killer has ended since the group was created (oom_kill in memory.events).</source>
        <translation>Prozesse dieser Gruppe, die der OOM-Killer seit dem Anlegen der Gruppe beendet hat (oom_kill in memory.events).</translation>
    </message>
    <message>
        <source>Control group</source>
        <translation>Control Group</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Max</translation>
    </message>
    <message>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>Swap</translation>
    </message>
    <message>
        <source>Pressure (some)</source>
        <translation>Druck (some)</translation>
    </message>
    <message>
        <source>Pressure (full)</source>
        <translation>Druck (full)</translation>
    </message>
    <message>
        <source>OOM kills</source>
        <translation>OOM-Kills</translation>
    </message>
</context>
<context>
    <name>CgroupReader</name>
    <message>
        <source>No cgroup hierarchy with the memory controller is mounted under /sys/fs/cgroup.</source>
        <translation>Unter /sys/fs/cgroup ist keine cgroup-Hierarchie mit dem Memory-Controller eingehängt.</translation>
    </message>
    <message>
        <source>cgroup v1 does not have this figure</source>
        <translation>cgroup v1 kennt diesen Wert nicht</translation>
    </message>
</context>
<context>
    <name>CgroupsPage</name>
    <message>
        <source>Control groups</source>
        <translation>Control Groups</translation>
    </message>
    <message>
        <source>Reading control groups…</source>
        <translation>Control Groups werden gelesen …</translation>
    </message>
    <message>
        <source>Control groups are unavailable: %1</source>
        <translation>Control Groups sind nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>This system uses cgroup v1: it has a usage and a hard limit per group, but no soft limit (high), no swap figure and no pressure per group. The bar shows usage against the hard limit.</source>
        <translation>Dieses System verwendet cgroup v1: Es gibt pro Gruppe eine Belegung und ein hartes Limit, aber kein weiches Limit (high), keinen Swap-Wert und keinen Druck pro Gruppe. Der Balken zeigt die Belegung im Verhältnis zum harten Limit.</translation>
    </message>
    <message>
        <source>The bar shows memory in use against the group&apos;s hard limit (max); the line marks its soft limit (high). Groups without limits show the figure alone. Processes are listed under their group.</source>
        <translation>Der Balken zeigt den belegten Speicher im Verhältnis zum harten Limit der Gruppe (max); der Strich markiert ihr weiches Limit (high). Gruppen ohne Limit zeigen nur den Wert. Prozesse stehen unter ihrer Gruppe.</translation>
    </message>
</context>
<context>
    <name>ChangeScope</name>
    <message>
        <source>This window plays a recording: changes would act on this machine, not on the one recorded.</source>
        <translation>Dieses Fenster spielt eine Aufzeichnung ab: Änderungen würden auf diese Maschine wirken, nicht auf die aufgezeichnete.</translation>
    </message>
    <message>
        <source>This window shows the captured tree %1: changes would act on this machine, not on the one captured.</source>
        <translation>Dieses Fenster zeigt den erfassten Baum %1: Änderungen würden auf diese Maschine wirken, nicht auf die erfasste.</translation>
    </message>
    <message>
        <source>This window shows %1: changes would act on this machine, not on %1.</source>
        <translation>Dieses Fenster zeigt %1: Änderungen würden auf diese Maschine wirken, nicht auf %1.</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>%1 then, %2 now (%3%4)</source>
        <translation>damals %1, jetzt %2 (%3%4)</translation>
    </message>
    <message>
        <source>How memory moved</source>
        <translation>Wie sich der Speicher verändert hat</translation>
    </message>
    <message>
        <source>Compare with another moment</source>
        <translation>Mit einem anderen Zeitpunkt vergleichen</translation>
    </message>
    <message>
        <source>Compare the moment shown, %1, with:</source>
        <translation>Den angezeigten Zeitpunkt, %1, vergleichen mit:</translation>
    </message>
    <message>
        <source>the recording&apos;s beginning (%1)</source>
        <translation>dem Beginn der Aufzeichnung (%1)</translation>
    </message>
    <message>
        <source>10 minutes before</source>
        <translation>10&#xa0;Minuten davor</translation>
    </message>
    <message>
        <source>an hour before</source>
        <translation>einer Stunde davor</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>What changed, per application</source>
        <translation>Was sich je Anwendung geändert hat</translation>
    </message>
    <message>
        <source>The recording holds no other moment.</source>
        <translation>Die Aufzeichnung enthält keinen anderen Zeitpunkt.</translation>
    </message>
    <message>
        <source>These moments cannot be compared: %1</source>
        <translation>Diese Zeitpunkte lassen sich nicht vergleichen: %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;From %1 to %2:&lt;/p&gt;&lt;p&gt;available memory %3&lt;br&gt;swap in use %4&lt;/p&gt;</source>
        <translation>&lt;p&gt;Von %1 bis %2:&lt;/p&gt;&lt;p&gt;verfügbarer Speicher %3&lt;br&gt;belegter Swap %4&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to Host</source>
        <translation>Mit Host verbinden</translation>
    </message>
    <message>
        <source>user@host:port</source>
        <translation>Benutzer@Host:Port</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>MemLens runs memlens-agent on that machine through your ssh: your ssh configuration, keys and agent are used, and a passphrase or a new host key is asked for in a dialog. The machine needs MemLens installed.</source>
        <translation>MemLens führt memlens-agent über Ihr ssh auf dieser Maschine aus: Ihre ssh-Konfiguration, Ihre Schlüssel und Ihr Agent werden verwendet, und nach einer Passphrase oder einem neuen Host-Schlüssel wird in einem Dialog gefragt. Auf der Maschine muss MemLens installiert sein.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
</context>
<context>
    <name>FileReader</name>
    <message>
        <source>%1 does not exist on this system</source>
        <translation>%1 gibt es auf diesem System nicht</translation>
    </message>
    <message>
        <source>the process ended while %1 was read</source>
        <translation>der Prozess wurde beendet, während %1 gelesen wurde</translation>
    </message>
    <message>
        <source>permission denied reading %1</source>
        <translation>keine Berechtigung zum Lesen von %1</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB and was not read</source>
        <translation>%1 ist größer als %2&#xa0;MiB und wurde nicht gelesen</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is malformed (%2)</source>
        <translation>%1 ist fehlerhaft (%2)</translation>
    </message>
    <message>
        <source>%1 cannot be a slab cache&apos;s name</source>
        <translation>%1 kann nicht der Name eines Slab-Caches sein</translation>
    </message>
    <message>
        <source>%1 does not exist: this kernel has no huge page pools (hugetlbfs)</source>
        <translation>%1 existiert nicht: dieser Kernel hat keine Huge-Page-Pools (hugetlbfs)</translation>
    </message>
    <message>
        <source>this kernel has no KSM (%1 does not exist)</source>
        <translation>dieser Kernel hat kein KSM (%1 existiert nicht)</translation>
    </message>
</context>
<context>
    <name>GpuClientReader</name>
    <message>
        <source>permission denied listing %1</source>
        <translation>Keine Berechtigung, %1 aufzulisten</translation>
    </message>
    <message>
        <source>%1 could not be listed: %2</source>
        <translation>%1 konnte nicht aufgelistet werden: %2</translation>
    </message>
</context>
<context>
    <name>GpuDevice</name>
    <message>
        <source> at %1</source>
        <translation> an %1</translation>
    </message>
    <message>
        <source>the %1 driver writes no such counter in sysfs</source>
        <translation>der Treiber %1 schreibt keinen solchen Zähler in sysfs</translation>
    </message>
</context>
<context>
    <name>GpuDeviceModel</name>
    <message>
        <source>no card in /sys/class/drm for this device</source>
        <translation>keine Karte in /sys/class/drm für dieses Gerät</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>VRAM used</source>
        <translation>VRAM belegt</translation>
    </message>
    <message>
        <source>VRAM</source>
        <translation>VRAM</translation>
    </message>
    <message>
        <source>GTT used</source>
        <translation>GTT belegt</translation>
    </message>
    <message>
        <source>GTT</source>
        <translation>GTT</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Clients&apos; VRAM</source>
        <translation>VRAM der Clients</translation>
    </message>
    <message>
        <source>Clients&apos; RAM</source>
        <translation>RAM der Clients</translation>
    </message>
    <message>
        <source>Memory on the card, as the driver counts it (amdgpu&apos;s mem_info_vram_used and mem_info_vram_total).</source>
        <translation>Speicher auf der Karte, wie der Treiber ihn zählt (mem_info_vram_used und mem_info_vram_total von amdgpu).</translation>
    </message>
    <message>
        <source>System RAM the GPU can reach through its address translation table (GTT), as the driver counts it.</source>
        <translation>Arbeitsspeicher, den die GPU über ihre Adressübersetzungstabelle (GTT) erreicht, wie der Treiber ihn zählt.</translation>
    </message>
    <message>
        <source>GPU clients in the processes MemLens can read, each counted once however many processes hold it.</source>
        <translation>GPU-Clients in den Prozessen, die MemLens lesen kann, jeder einmal gezählt, gleich wie viele Prozesse ihn halten.</translation>
    </message>
    <message>
        <source>What those clients hold on the card.</source>
        <translation>Was diese Clients auf der Karte halten.</translation>
    </message>
    <message>
        <source>What those clients hold in system RAM (GTT and the driver&apos;s other system regions).</source>
        <translation>Was diese Clients im Arbeitsspeicher halten (GTT und die übrigen Systembereiche des Treibers).</translation>
    </message>
</context>
<context>
    <name>GpuRegion</name>
    <message>
        <source>on the card</source>
        <translation>auf der Karte</translation>
    </message>
    <message>
        <source>in system RAM</source>
        <translation>im Arbeitsspeicher</translation>
    </message>
    <message>
        <source>of a kind MemLens does not know</source>
        <translation>einer Art, die MemLens nicht kennt</translation>
    </message>
</context>
<context>
    <name>GraphicsView</name>
    <message>
        <source>Graphics memory summary</source>
        <translation>Zusammenfassung des Grafikspeichers</translation>
    </message>
    <message>
        <source>A GPU keeps memory on its card (VRAM) and in the machine&apos;s RAM. Programs hold it through clients, descriptors open on /dev/dri; the Processes page shows each program&apos;s share in its GPU column. Of the RAM, some drivers&apos; buffers are shared memory, which /proc/meminfo counts; others&apos; are pages the driver took for itself, which no meminfo field counts.</source>
        <translation>Eine GPU hält Speicher auf ihrer Karte (VRAM) und im Arbeitsspeicher des Rechners. Programme halten ihn über Clients, auf /dev/dri geöffnete Deskriptoren; die Seite „Prozesse“ zeigt den Anteil jedes Programms in ihrer Spalte GPU. Im Arbeitsspeicher sind die Puffer mancher Treiber Shared Memory, das /proc/meminfo zählt; die anderer sind Seiten, die sich der Treiber selbst genommen hat und die kein meminfo-Feld zählt.</translation>
    </message>
    <message>
        <source>Graphics devices</source>
        <translation>Grafikgeräte</translation>
    </message>
    <message>
        <source>The graphics devices are unknown: %1</source>
        <translation>Die Grafikgeräte sind unbekannt: %1</translation>
    </message>
    <message>
        <source>No GPU is visible here: /sys/class/drm lists no card, and no process MemLens can read has one open.</source>
        <translation>Hier ist keine GPU sichtbar: /sys/class/drm listet keine Karte, und kein Prozess, den MemLens lesen kann, hat eine geöffnet.</translation>
    </message>
    <message>
        <source>The drivers say &lt;b&gt;%1&lt;/b&gt; of system RAM is in use for the GPU (GTT), which no /proc/meminfo field counts: the accounting bar shows it as Graphics, in RAM.</source>
        <translation>Die Treiber melden &lt;b&gt;%1&lt;/b&gt; Arbeitsspeicher als für die GPU belegt (GTT), was kein Feld in /proc/meminfo zählt: Der Aufteilungsbalken zeigt ihn als „Grafik, im RAM“.</translation>
    </message>
    <message>
        <source>Only &lt;b&gt;%1&lt;/b&gt; of it fits in what meminfo leaves unexplained, so only that much is moved out of the rest.</source>
        <translation>Nur &lt;b&gt;%1&lt;/b&gt; davon passen in das, was meminfo unerklärt lässt, also wird nur so viel aus dem Rest herausgenommen.</translation>
    </message>
    <message>
        <source>%1 keeps its buffers in system RAM as shared memory: they are in Shmem (Shared memory in the bar).</source>
        <translation>%1 hält seine Puffer im Arbeitsspeicher als Shared Memory: Sie stecken in Shmem („Shared Memory“ im Balken).</translation>
    </message>
    <message>
        <source>%1 writes no counter of its GTT in use: its buffers in system RAM stay in the unaccounted rest, and its clients&apos; column below is all MemLens can show of them.</source>
        <translation>%1 schreibt keinen Zähler seiner belegten GTT: Seine Puffer im Arbeitsspeicher bleiben im nicht zugeordneten Rest, und die Spalte seiner Clients unten ist alles, was MemLens davon zeigen kann.</translation>
    </message>
    <message>
        <source>The clients MemLens can read hold &lt;b&gt;%1&lt;/b&gt; of %2&apos;s GTT; the rest is the driver&apos;s own and other users&apos; programs&apos; (Show all processes on the Processes page reads theirs).</source>
        <translation>Die Clients, die MemLens lesen kann, halten &lt;b&gt;%1&lt;/b&gt; der GTT von %2; der Rest gehört dem Treiber selbst und Programmen anderer Benutzer („Alle Prozesse anzeigen“ auf der Seite „Prozesse“ liest deren).</translation>
    </message>
    <message>
        <source>Some clients&apos; driver writes no memory figures at all (NVIDIA&apos;s proprietary driver does not): their memory is not in the clients&apos; columns.</source>
        <translation>Der Treiber mancher Clients schreibt überhaupt keine Speicherwerte (der proprietäre Treiber von NVIDIA tut es nicht): Ihr Speicher fehlt in den Spalten der Clients.</translation>
    </message>
</context>
<context>
    <name>HistoryChart</name>
    <message>
        <source>/s</source>
        <translation>/s</translation>
    </message>
    <message>
        <source>KiB</source>
        <translation>KiB</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <source>GiB</source>
        <translation>GiB</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>per second</source>
        <translation>pro Sekunde</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Collecting: the chart starts with the next refreshes.</source>
        <translation>Daten werden gesammelt: Das Diagramm beginnt mit den nächsten Aktualisierungen.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
</context>
<context>
    <name>HugePagePoolModel</name>
    <message>
        <source>Free pages already promised to a mapping that has not touched them yet.</source>
        <translation>Freie Seiten, die schon einem Mapping versprochen sind, das sie noch nicht angefasst hat.</translation>
    </message>
    <message>
        <source>Pages beyond the pool&apos;s size, allowed by nr_overcommit_hugepages.</source>
        <translation>Seiten über die Größe des Pools hinaus, erlaubt durch nr_overcommit_hugepages.</translation>
    </message>
    <message>
        <source>The pool&apos;s memory, used or not: no other use of RAM can have it.</source>
        <translation>Der Speicher des Pools, benutzt oder nicht: keine andere Verwendung des RAM bekommt ihn.</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Seitengröße</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Frei</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reserviert</translation>
    </message>
    <message>
        <source>Surplus</source>
        <translation>Überschuss</translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation>Zurückgelegt</translation>
    </message>
</context>
<context>
    <name>HugePagesView</name>
    <message>
        <source>Transparent huge pages</source>
        <translation>Transparente Huge Pages</translation>
    </message>
    <message>
        <source>Huge page pools note</source>
        <translation>Hinweis zu Huge-Page-Pools</translation>
    </message>
    <message>
        <source>Kernel samepage merging</source>
        <translation>Kernel Samepage Merging</translation>
    </message>
    <message>
        <source>Transparent huge page events</source>
        <translation>Ereignisse transparenter Huge Pages</translation>
    </message>
    <message>
        <source>Transparent huge page events per second</source>
        <translation>Ereignisse transparenter Huge Pages pro Sekunde</translation>
    </message>
    <message>
        <source>Faults that got a huge page, faults that wanted one and got small pages, huge pages khugepaged built from small ones, and allocations that stopped to defragment memory. Many fallbacks or stalls mean memory is too fragmented for huge pages.</source>
        <translation>Seitenfehler, die eine Huge Page bekamen, solche, die eine wollten und kleine Seiten bekamen, Huge Pages, die khugepaged aus kleinen gebaut hat, und Anforderungen, die anhielten, um Speicher zu defragmentieren. Viele Rückfälle oder Stillstände heißen: der Speicher ist für Huge Pages zu zersplittert.</translation>
    </message>
    <message>
        <source>A huge page maps 2 MiB (or 1 GiB) with one entry instead of 512 small ones, which saves the processor work on large memory. &lt;b&gt;Transparent&lt;/b&gt; huge pages are used by the kernel on its own where it can; &lt;b&gt;hugetlbfs&lt;/b&gt; pools are set aside in advance by the administrator for programs that ask for them, such as databases and virtual machines.</source>
        <translation>Eine Huge Page bildet 2 MiB (oder 1 GiB) mit einem Eintrag statt 512 kleinen ab, was dem Prozessor bei großem Speicher Arbeit spart. &lt;b&gt;Transparente&lt;/b&gt; Huge Pages setzt der Kernel von sich aus ein, wo er kann; &lt;b&gt;hugetlbfs&lt;/b&gt;-Pools legt der Administrator im Voraus für Programme an, die danach fragen, etwa Datenbanken und virtuelle Maschinen.</translation>
    </message>
    <message>
        <source>Huge page pools (hugetlbfs)</source>
        <translation>Huge-Page-Pools (hugetlbfs)</translation>
    </message>
    <message>
        <source>Huge page pools</source>
        <translation>Huge-Page-Pools</translation>
    </message>
    <message>
        <source>Kernel samepage merging (KSM)</source>
        <translation>Kernel Samepage Merging (KSM)</translation>
    </message>
    <message>
        <source>Transparent huge pages in use are unknown: %1.</source>
        <translation>Die benutzten transparenten Huge Pages sind unbekannt: %1.</translation>
    </message>
    <message>
        <source>No pools: %1.</source>
        <translation>Keine Pools: %1.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; of RAM is set aside in these pools (Hugetlb), whether programs use it or not.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; RAM sind in diesen Pools zurückgelegt (Hugetlb), ob Programme sie nutzen oder nicht.</translation>
    </message>
    <message>
        <source>Memory in these pools is set aside whether programs use it or not.</source>
        <translation>Speicher in diesen Pools ist zurückgelegt, ob Programme ihn nutzen oder nicht.</translation>
    </message>
    <message>
        <source>Not available: %1.</source>
        <translation>Nicht verfügbar: %1.</translation>
    </message>
    <message>
        <source>in an unknown state</source>
        <translation>in unbekanntem Zustand</translation>
    </message>
    <message>
        <source>merging</source>
        <translation>am Zusammenführen</translation>
    </message>
    <message>
        <source>unmerging everything</source>
        <translation>dabei, alles wieder zu trennen</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>KSM finds pages with the same content in memory that programs offered it and keeps one copy. It is &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>KSM sucht in Speicher, den Programme ihm angeboten haben, Seiten gleichen Inhalts und behält eine Kopie. Es ist &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>%1 pages are kept for %2 mappings that share them, which saves &lt;b&gt;%3&lt;/b&gt;.</source>
        <translation>%1 Seiten werden für %2 Mappings gehalten, die sie teilen; das spart &lt;b&gt;%3&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Less KSM&apos;s own bookkeeping, the gain is %1.</source>
        <translation>Abzüglich der eigenen Verwaltung von KSM beträgt der Gewinn %1.</translation>
    </message>
    <message>
        <source>Transparent huge pages (mode &lt;b&gt;%1&lt;/b&gt;) hold &lt;b&gt;%2&lt;/b&gt; of programs&apos; anonymous memory, %3 of shared memory and %4 of file cache. The Huge pages column of the Processes page shows whose.</source>
        <translation>Transparente Huge Pages (Modus &lt;b&gt;%1&lt;/b&gt;) enthalten &lt;b&gt;%2&lt;/b&gt; anonymen Speicher von Programmen, %3 Shared Memory und %4 Datei-Cache. Die Spalte Huge Pages der Seite Prozesse zeigt, wessen.</translation>
    </message>
    <message>
        <source>KSM&apos;s own bookkeeping costs %1 more than it saves.</source>
        <translation>Die eigene Verwaltung von KSM kostet %1 mehr, als es spart.</translation>
    </message>
</context>
<context>
    <name>KAuthClientBackend</name>
    <message>
        <source>memlens-kauth-client crashed</source>
        <translation>memlens-kauth-client ist abgestürzt</translation>
    </message>
    <message>
        <source>memlens-kauth-client ended with exit code %1</source>
        <translation>memlens-kauth-client wurde mit dem Exit-Code %1 beendet</translation>
    </message>
</context>
<context>
    <name>KernelMemory</name>
    <message>
        <source>Slab, reclaimable</source>
        <translation>Slab, zurückgewinnbar</translation>
    </message>
    <message>
        <source>Slab, unreclaimable</source>
        <translation>Slab, nicht zurückgewinnbar</translation>
    </message>
    <message>
        <source>Kernel stacks</source>
        <translation>Kernel-Stacks</translation>
    </message>
    <message>
        <source>Page tables</source>
        <translation>Seitentabellen</translation>
    </message>
    <message>
        <source>Secondary page tables</source>
        <translation>Sekundäre Seitentabellen</translation>
    </message>
    <message>
        <source>Vmalloc</source>
        <translation>Vmalloc</translation>
    </message>
    <message>
        <source>Per-CPU data</source>
        <translation>Daten pro CPU</translation>
    </message>
    <message>
        <source>Hardware corrupted</source>
        <translation>Hardwarefehler</translation>
    </message>
    <message>
        <source>Outside the accounting bar</source>
        <translation>Außerhalb des Aufteilungsbalkens</translation>
    </message>
    <message>
        <source>No counter explains</source>
        <translation>Von keinem Zähler erklärt</translation>
    </message>
    <message>
        <source>Kernel object caches it can free when memory runs short, mostly directory entries and inodes of files used lately. Counted as available memory.</source>
        <translation>Objekt-Caches des Kernels, die er bei Speichermangel freigeben kann, meist Verzeichniseinträge und Inodes kürzlich benutzter Dateien. Zählen als verfügbarer Speicher.</translation>
    </message>
    <message>
        <source>A stack for every thread, used while it runs in the kernel: grows with the number of threads.</source>
        <translation>Ein Stack für jeden Thread, benutzt, während er im Kernel läuft: wächst mit der Zahl der Threads.</translation>
    </message>
    <message>
        <source>The tables that translate programs&apos; addresses to RAM: large when many processes map much memory.</source>
        <translation>Die Tabellen, die Adressen der Programme in RAM übersetzen: groß, wenn viele Prozesse viel Speicher mappen.</translation>
    </message>
    <message>
        <source>Page tables for virtual machines and IOMMUs, kept beside the processes&apos; own.</source>
        <translation>Seitentabellen für virtuelle Maschinen und IOMMUs, neben denen der Prozesse.</translation>
    </message>
    <message>
        <source>Kernel data kept once per CPU core, such as counters and per-core caches.</source>
        <translation>Kernel-Daten, die es einmal pro CPU-Kern gibt, etwa Zähler und Caches je Kern.</translation>
    </message>
    <message>
        <source>RAM the kernel stopped using because the hardware reported errors in it. Above zero, check the memory modules.</source>
        <translation>RAM, die der Kernel nicht mehr nutzt, weil die Hardware Fehler darin gemeldet hat. Über null: die Speichermodule prüfen.</translation>
    </message>
    <message>
        <source>this kernel writes no SecPageTables line (kernels before 6.0)</source>
        <translation>dieser Kernel schreibt keine Zeile SecPageTables (Kernel vor 6.0)</translation>
    </message>
    <message>
        <source>this kernel is built without memory-failure handling (no HardwareCorrupted line)</source>
        <translation>dieser Kernel ist ohne Behandlung von Speicherfehlern gebaut (keine Zeile HardwareCorrupted)</translation>
    </message>
    <message>
        <source>/proc/meminfo has no %1 line</source>
        <translation>/proc/meminfo hat keine Zeile %1</translation>
    </message>
    <message>
        <source>/proc/meminfo lacks a field the accounting bar needs</source>
        <translation>/proc/meminfo fehlt ein Feld, das der Aufteilungsbalken braucht</translation>
    </message>
    <message>
        <source>Kernel objects in use: network buffers, open files, processes&apos; kernel state. Only freed when their users go. Steady growth here can mean a kernel or driver leak.</source>
        <translation>Kernel-Objekte in Gebrauch: Netzwerkpuffer, offene Dateien, Kernel-Zustand der Prozesse. Erst frei, wenn ihre Nutzer gehen. Stetiges Wachstum hier kann ein Leck im Kernel oder in einem Treiber sein.</translation>
    </message>
    <message>
        <source>Memory the kernel mapped into one contiguous range: loaded modules, some drivers&apos; buffers, BPF programs, and on most 64-bit kernels the kernel stacks above, which the totals count once.</source>
        <translation>Speicher, den der Kernel in einen zusammenhängenden Bereich gemappt hat: geladene Module, Puffer mancher Treiber, BPF-Programme und bei den meisten 64-Bit-Kerneln die oben genannten Kernel-Stacks, die die Summen nur einmal zählen.</translation>
    </message>
    <message>
        <source>RAM that none of the accounting bar&apos;s parts covers. It holds vmalloc, per-CPU data, huge page pools, zswap and other reclaimable kernel memory, which /proc/meminfo names, zram&apos;s compressed store, and whatever drivers took directly.</source>
        <translation>RAM, den kein Teil des Aufteilungsbalkens abdeckt. Darin liegen Vmalloc, Daten pro CPU, Huge-Page-Pools, zswap und anderer zurückgewinnbarer Kernel-Speicher, die /proc/meminfo nennt, der komprimierte Speicher von zram und was Treiber sich direkt genommen haben.</translation>
    </message>
    <message>
        <source>What is left outside the bar once everything /proc/meminfo and zram name is taken out: memory drivers, graphics cards and firmware took straight from the kernel&apos;s page allocator, and free pages waiting in per-CPU lists, which no counter reports.</source>
        <translation>Was außerhalb des Balkens bleibt, wenn alles abgezogen ist, was /proc/meminfo und zram nennen: Speicher, den Treiber, Grafikkarten und Firmware direkt vom Seitenallokator des Kernels genommen haben, und freie Seiten in Listen pro CPU, die kein Zähler meldet.</translation>
    </message>
    <message>
        <source>this kernel writes 0 for VmallocUsed (kernels 4.4 to 5.2 did not count it)</source>
        <translation>dieser Kernel schreibt 0 für VmallocUsed (Kernel 4.4 bis 5.2 zählten es nicht)</translation>
    </message>
</context>
<context>
    <name>KernelMemoryModel</name>
    <message>
        <source>Part</source>
        <translation>Teil</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Share of RAM</source>
        <translation>Anteil am RAM</translation>
    </message>
</context>
<context>
    <name>KernelMemoryView</name>
    <message>
        <source>Kernel memory summary</source>
        <translation>Zusammenfassung des Kernel-Speichers</translation>
    </message>
    <message>
        <source>Selected part</source>
        <translation>Gewählter Teil</translation>
    </message>
    <message>
        <source>Slab caches status</source>
        <translation>Zustand der Slab-Caches</translation>
    </message>
    <message>
        <source>Kernel memory</source>
        <translation>Kernel-Speicher</translation>
    </message>
    <message>
        <source>Slab caches</source>
        <translation>Slab-Caches</translation>
    </message>
    <message>
        <source>Select a part to see what it holds.</source>
        <translation>Einen Teil wählen, um zu sehen, was er enthält.</translation>
    </message>
    <message>
        <source>Kernel memory is unknown: %1.</source>
        <translation>Der Kernel-Speicher ist unbekannt: %1.</translation>
    </message>
    <message>
        <source>The kernel holds &lt;b&gt;%1&lt;/b&gt; for itself, %2 % of RAM.</source>
        <translation>Der Kernel belegt &lt;b&gt;%1&lt;/b&gt; für sich selbst, %2&#xa0;% des RAM.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Slab caches&lt;/b&gt; — %1</source>
        <translation>&lt;b&gt;Slab-Caches&lt;/b&gt; – %1</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Slab caches&lt;/b&gt; — %n caches holding %1, largest first.</source>
        <translation>
            <numerusform>&lt;b&gt;Slab-Caches&lt;/b&gt; – %n Cache mit %1, größter zuerst.</numerusform>
            <numerusform>&lt;b&gt;Slab-Caches&lt;/b&gt; – %n Caches mit %1, größte zuerst.</numerusform>
        </translation>
    </message>
    <message>
        <source>Another &lt;b&gt;%1&lt;/b&gt; is in no counter at all: mostly what drivers and graphics cards took directly.</source>
        <translation>Weitere &lt;b&gt;%1&lt;/b&gt; stehen in gar keinem Zähler: meist, was Treiber und Grafikkarten direkt genommen haben.</translation>
    </message>
    <message>
        <source>Read as administrator…</source>
        <translation>Als Administrator lesen …</translation>
    </message>
    <message>
        <source>Reads every figure as root from now on, as &quot;Show all processes&quot; does; your password may be asked for once.</source>
        <translation>Liest ab jetzt alle Werte als root, wie es „Alle Prozesse anzeigen“ tut; Ihr Passwort wird eventuell einmal abgefragt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Slab caches&lt;/b&gt; — a recording holds none: they are read from a live system only.</source>
        <translation>&lt;b&gt;Slab-Caches&lt;/b&gt; – eine Aufzeichnung enthält keine: sie werden nur von einem laufenden System gelesen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Slab caches&lt;/b&gt; — reading…</source>
        <translation>&lt;b&gt;Slab-Caches&lt;/b&gt; – werden gelesen …</translation>
    </message>
    <message>
        <source>Graphics buffers in RAM (&lt;b&gt;%1&lt;/b&gt;, from the driver&apos;s GTT counter) are not in it: the accounting bar shows them on their own.</source>
        <translation>Grafikpuffer im RAM (&lt;b&gt;%1&lt;/b&gt;, aus dem GTT-Zähler des Treibers) sind nicht darin enthalten: Der Aufteilungsbalken zeigt sie eigens.</translation>
    </message>
    <message>
        <source>Nor is the ZFS ARC (&lt;b&gt;%1&lt;/b&gt;), which the bar shows as cache.</source>
        <translation>Ebenso wenig der ZFS-ARC (&lt;b&gt;%1&lt;/b&gt;), den der Balken als Cache zeigt.</translation>
    </message>
</context>
<context>
    <name>KernelPage</name>
    <message>
        <source>Kernel memory</source>
        <translation>Kernel-Speicher</translation>
    </message>
    <message>
        <source>Dirty pages</source>
        <translation>Schmutzige Seiten</translation>
    </message>
    <message>
        <source>Overcommit</source>
        <translation>Overcommit</translation>
    </message>
    <message>
        <source>Huge pages</source>
        <translation>Huge Pages</translation>
    </message>
    <message>
        <source>NUMA</source>
        <translation>NUMA</translation>
    </message>
    <message>
        <source>Shared memory</source>
        <translation>Shared Memory</translation>
    </message>
    <message>
        <source>Graphics</source>
        <translation>Grafik</translation>
    </message>
</context>
<context>
    <name>KillDescription</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>the system ran out of memory</source>
        <translation>dem System ist der Speicher ausgegangen</translation>
    </message>
    <message>
        <source>its control group hit its limit</source>
        <translation>seine Control Group hat ihr Limit erreicht</translation>
    </message>
    <message>
        <source>%1 hit its limit</source>
        <translation>%1 hat das Limit erreicht</translation>
    </message>
    <message>
        <source>systemd-oomd: memory pressure in %1 was %2 % for more than %3 (its limit: %4 %)</source>
        <translation>systemd-oomd: Der Speicherdruck in %1 lag länger als %3 bei %2&#xa0;% (sein Limit: %4&#xa0;%)</translation>
    </message>
    <message>
        <source>systemd-oomd: %1 % of swap was in use (its limit: %2 %)</source>
        <translation>systemd-oomd: %1&#xa0;% des Swap waren belegt (sein Limit: %2&#xa0;%)</translation>
    </message>
    <message>
        <source>systemd-oomd killed the whole control group</source>
        <translation>systemd-oomd hat die ganze Control Group beendet</translation>
    </message>
    <message>
        <source>earlyoom (%1): %2 % of memory available and %3 % of swap free (its limits: %4 % and %5 %)</source>
        <translation>earlyoom (%1): %2&#xa0;% des Speichers verfügbar und %3&#xa0;% des Swap frei (seine Limits: %4&#xa0;% und %5&#xa0;%)</translation>
    </message>
    <message>
        <source>earlyoom (%1): memory and swap at or under its limits (%2 % and %3 %)</source>
        <translation>earlyoom (%1): Speicher und Swap auf oder unter seinen Limits (%2&#xa0;% und %3&#xa0;%)</translation>
    </message>
    <message>
        <source>The kernel&apos;s OOM killer ended %1, which held %2: %3</source>
        <translation>Der OOM-Killer des Kernels hat %1 beendet, das %2 belegte: %3</translation>
    </message>
    <message>
        <source>The kernel&apos;s OOM killer ended %1: %2</source>
        <translation>Der OOM-Killer des Kernels hat %1 beendet: %2</translation>
    </message>
    <message>
        <source>systemd-oomd ended %1, which held %2: %3</source>
        <translation>systemd-oomd hat %1 beendet, das %2 belegte: %3</translation>
    </message>
    <message>
        <source>systemd-oomd ended %1: %2</source>
        <translation>systemd-oomd hat %1 beendet: %2</translation>
    </message>
    <message>
        <source>earlyoom ended %1, which held %2: %3</source>
        <translation>earlyoom hat %1 beendet, das %2 belegte: %3</translation>
    </message>
    <message>
        <source>earlyoom ended %1: %2</source>
        <translation>earlyoom hat %1 beendet: %2</translation>
    </message>
</context>
<context>
    <name>KillHistoryReader</name>
    <message>
        <source>systemd journal</source>
        <translation>systemd-Journal</translation>
    </message>
    <message>
        <source>kernel log buffer</source>
        <translation>Kernel-Logpuffer</translation>
    </message>
    <message>
        <source>/dev/kmsg held a record that was not understood (%1)</source>
        <translation>/dev/kmsg enthielt einen Eintrag, der nicht verstanden wurde (%1)</translation>
    </message>
    <message>
        <source>reading /dev/kmsg stopped: %1</source>
        <translation>das Lesen von /dev/kmsg brach ab: %1</translation>
    </message>
    <message>
        <source>/dev/kmsg is malformed (%1)</source>
        <translation>/dev/kmsg ist fehlerhaft (%1)</translation>
    </message>
    <message>
        <source>The OOM kill history cannot be read: %1.</source>
        <translation>Der Verlauf der OOM-Kills kann nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <source>the systemd journal shows you no kernel messages (you are not in the systemd-journal or adm group)</source>
        <translation>das systemd-Journal zeigt Ihnen keine Kernel-Meldungen (Sie sind nicht in der Gruppe systemd-journal oder adm)</translation>
    </message>
    <message>
        <source>/dev/kmsg is restricted to administrators by kernel.dmesg_restrict</source>
        <translation>/dev/kmsg ist durch kernel.dmesg_restrict Administratoren vorbehalten</translation>
    </message>
    <message>
        <source>you may not read /dev/kmsg</source>
        <translation>Sie dürfen /dev/kmsg nicht lesen</translation>
    </message>
    <message>
        <source>The OOM kill history cannot be read: %1. Running MemLens as root shows it.</source>
        <translation>Der Verlauf der OOM-Kills kann nicht gelesen werden: %1. Wird MemLens als root ausgeführt, ist er sichtbar.</translation>
    </message>
</context>
<context>
    <name>LeakWatch</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 has grown %2/h steadily for %3</source>
        <translation>%1 wächst seit %3 gleichmäßig um %2/h</translation>
    </message>
    <message>
        <source>%1 has grown %2/h over %3, unevenly</source>
        <translation>%1 ist in %3 um %2/h gewachsen, ungleichmäßig</translation>
    </message>
    <message>
        <source>%1 has shrunk %2/h over %3</source>
        <translation>%1 ist in %3 um %2/h geschrumpft</translation>
    </message>
    <message>
        <source>%1 grew by %2 at once in the last %3 and otherwise stayed level</source>
        <translation>%1 ist in den letzten %3 einmalig um %2 gewachsen und sonst gleich geblieben</translation>
    </message>
    <message>
        <source>%1 dropped by %2 at once in the last %3 and otherwise stayed level</source>
        <translation>%1 ist in den letzten %3 einmalig um %2 gefallen und sonst gleich geblieben</translation>
    </message>
    <message>
        <source>%1 has stayed level for %2</source>
        <translation>%1 ist seit %2 gleich geblieben</translation>
    </message>
    <message>
        <source>%1 has been watched for %2, not long enough to tell a trend</source>
        <translation>%1 wird seit %2 beobachtet, zu kurz für einen Trend</translation>
    </message>
</context>
<context>
    <name>LeakWatchModel</name>
    <message>
        <source>Steady</source>
        <translation>Gleichmäßig</translation>
    </message>
    <message>
        <source>Uneven</source>
        <translation>Ungleichmäßig</translation>
    </message>
    <message>
        <source>%1/h</source>
        <translation>%1/h</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (RSS)</source>
        <translation>%1 (RSS)</translation>
    </message>
    <message>
        <source>Steady: the figure follows the fitted line closely. Uneven: it grows, but moves around the line.</source>
        <translation>Gleichmäßig: Der Wert folgt der angepassten Geraden eng. Ungleichmäßig: Er wächst, schwankt aber um die Gerade.</translation>
    </message>
    <message>
        <source>The slope of a straight line fitted to the process&apos;s PSS (RSS where PSS cannot be read) over the last hour.</source>
        <translation>Die Steigung einer Geraden, die an den PSS des Prozesses (RSS, wo PSS nicht lesbar ist) der letzten Stunde angepasst ist.</translation>
    </message>
    <message>
        <source>How much of the figure&apos;s movement the line explains (R²). Near 100 % the growth is steady; a low fit means noise around a rising line.</source>
        <translation>Wie viel der Bewegung des Werts die Gerade erklärt (R²). Nahe 100&#xa0;% wächst er gleichmäßig; eine geringe Übereinstimmung bedeutet Rauschen um eine steigende Gerade.</translation>
    </message>
    <message>
        <source>How long this process has been watched within the last hour.</source>
        <translation>Wie lange dieser Prozess innerhalb der letzten Stunde beobachtet wurde.</translation>
    </message>
    <message>
        <source>The process&apos;s PSS at its latest reading, or its RSS where PSS cannot be read.</source>
        <translation>Der PSS des Prozesses bei der letzten Messung, oder sein RSS, wo PSS nicht lesbar ist.</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>Wachstum</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Übereinstimmung</translation>
    </message>
    <message>
        <source>Watched</source>
        <translation>Beobachtet</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
</context>
<context>
    <name>LeakWatchPage</name>
    <message>
        <source>Leak watch status</source>
        <translation>Status der Leck-Überwachung</translation>
    </message>
    <message>
        <source>Selected process</source>
        <translation>Ausgewählter Prozess</translation>
    </message>
    <message>
        <source>A process whose memory keeps growing may be leaking it, or filling a cache that has no limit. MemLens fits a straight line to each process&apos;s PSS over the last hour: the slope is how fast it grows, the fit how steadily. A process that grew once and then stayed level (a file loaded, a cache warmed) is not listed.</source>
        <translation>Ein Prozess, dessen Speicher immer weiter wächst, hat vielleicht ein Speicherleck oder füllt einen Cache ohne Grenze. MemLens legt eine Gerade an den PSS jedes Prozesses der letzten Stunde: Die Steigung zeigt, wie schnell er wächst, die Übereinstimmung, wie gleichmäßig. Ein Prozess, der einmal gewachsen und dann gleich geblieben ist (eine Datei geladen, ein Cache gefüllt), wird nicht aufgeführt.</translation>
    </message>
    <message>
        <source>Growing processes</source>
        <translation>Wachsende Prozesse</translation>
    </message>
    <message>
        <source>PSS of the fastest growers over the last hour</source>
        <translation>PSS der am schnellsten wachsenden Prozesse in der letzten Stunde</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <source>Watching processes…</source>
        <translation>Prozesse werden beobachtet&#xa0;…</translation>
    </message>
    <message numerus="yes">
        <source>MemLens has watched for %n min. A trend is judged once a process has been watched for %1 min.</source>
        <translation>
            <numerusform>MemLens beobachtet seit %n Minute. Ein Trend wird beurteilt, sobald ein Prozess %1 Minuten lang beobachtet wurde.</numerusform>
            <numerusform>MemLens beobachtet seit %n Minuten. Ein Trend wird beurteilt, sobald ein Prozess %1 Minuten lang beobachtet wurde.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No process has grown over the last %n min.</source>
        <translation>
            <numerusform>Kein Prozess ist in der letzten Minute gewachsen.</numerusform>
            <numerusform>Kein Prozess ist in den letzten %n Minuten gewachsen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>These processes grew over the last %n min. Hover a row for what each did.</source>
        <translation>
            <numerusform>Diese Prozesse sind in der letzten Minute gewachsen. Zeigen Sie auf eine Zeile, um zu sehen, was jeder getan hat.</numerusform>
            <numerusform>Diese Prozesse sind in den letzten %n Minuten gewachsen. Zeigen Sie auf eine Zeile, um zu sehen, was jeder getan hat.</numerusform>
        </translation>
    </message>
    <message>
        <source>Collecting: a trend needs %1 min of watching; %2 min so far.</source>
        <translation>Daten werden gesammelt: Ein Trend braucht %1 min Beobachtung, bisher %2 min.</translation>
    </message>
</context>
<context>
    <name>LibrariesPage</name>
    <message>
        <source>Filter by file or process</source>
        <translation>Nach Datei oder Prozess filtern</translation>
    </message>
    <message>
        <source>Filter libraries</source>
        <translation>Bibliotheken filtern</translation>
    </message>
    <message>
        <source>Rank libraries by</source>
        <translation>Bibliotheken ordnen nach</translation>
    </message>
    <message>
        <source>PSS</source>
        <translation>PSS</translation>
    </message>
    <message>
        <source>Memory saved by sharing</source>
        <translation>Durch Teilen gesparter Speicher</translation>
    </message>
    <message>
        <source>RSS</source>
        <translation>RSS</translation>
    </message>
    <message>
        <source>Number of processes</source>
        <translation>Anzahl der Prozesse</translation>
    </message>
    <message>
        <source>&amp;Rank by:</source>
        <translation>&amp;Ordnen nach:</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>Bibliotheken</translation>
    </message>
    <message>
        <source>Reading the mappings of every process…</source>
        <translation>Die Mappings aller Prozesse werden gelesen …</translation>
    </message>
    <message>
        <source>Mapped files: %1. “Saved by sharing” is what the file would cost again if every process that maps it had its own copy (the RSS of all users minus their PSS).</source>
        <translation>Gemappte Dateien: %1. „Durch Teilen gespart“ ist das, was die Datei noch einmal kosten würde, wenn jeder Prozess, der sie mappt, eine eigene Kopie hätte (der RSS aller Nutzer minus ihrer PSS).</translation>
    </message>
    <message>
        <source>Not counted: processes whose mappings could not be read (%1).</source>
        <translation>Nicht mitgezählt: Prozesse, deren Mappings nicht gelesen werden konnten (%1).</translation>
    </message>
    <message>
        <source>Not counted: processes of other users, whose mappings only root may read (%1). Run MemLens as root to include them.</source>
        <translation>Nicht mitgezählt: Prozesse anderer Benutzer, deren Mappings nur root lesen darf (%1). Führen Sie MemLens als root aus, um sie einzubeziehen.</translation>
    </message>
    <message numerus="yes">
        <source>Each refresh reads the mappings again for the processes whose PSS it reads again (their memory moved, or their reading was due): the oldest shown now were read %n s ago.</source>
        <translation>
            <numerusform>Bei jeder Aktualisierung werden die Mappings der Prozesse erneut gelesen, deren PSS sie erneut liest (ihr Speicher hat sich bewegt oder ihre Messung war fällig): Die ältesten angezeigten wurden vor %n s gelesen.</numerusform>
            <numerusform>Bei jeder Aktualisierung werden die Mappings der Prozesse erneut gelesen, deren PSS sie erneut liest (ihr Speicher hat sich bewegt oder ihre Messung war fällig): Die ältesten angezeigten wurden vor %n s gelesen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Every process that maps the file counts its resident pages in its RSS, but the pages are in RAM once: RSS summed over the processes minus their PSS is what sharing saves.</source>
        <translation>Jeder Prozess, der die Datei mappt, zählt ihre residenten Seiten in seinem RSS mit, im RAM liegen die Seiten aber nur einmal: Der über die Prozesse summierte RSS minus ihr summierter PSS ist das, was Teilen spart.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Prozesse</translation>
    </message>
    <message>
        <source>RSS</source>
        <translation>RSS</translation>
    </message>
    <message>
        <source>PSS</source>
        <translation>PSS</translation>
    </message>
    <message>
        <source>Saved by sharing</source>
        <translation>Durch Teilen gespart</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>MemLens — recording %1</source>
        <translation>MemLens – Aufzeichnung %1</translation>
    </message>
    <message>
        <source>MemLens</source>
        <translation>MemLens</translation>
    </message>
    <message>
        <source>MemLens — %1</source>
        <translation>MemLens – %1</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Prozesse</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>Bibliotheken</translation>
    </message>
    <message>
        <source>Control groups</source>
        <translation>Control Groups</translation>
    </message>
    <message>
        <source>Pressure, swap &amp; OOM</source>
        <translation>Druck, Swap &amp; OOM</translation>
    </message>
    <message>
        <source>Tuning</source>
        <translation>Feinabstimmung</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Reading memory figures…</source>
        <translation>Speicherwerte werden gelesen …</translation>
    </message>
    <message>
        <source>Replay: %1</source>
        <translation>Wiedergabe: %1</translation>
    </message>
    <message>
        <source>Host agent: %1</source>
        <translation>Host-Agent: %1</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Strg+%2)</translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation>Erfassung</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <source>Stop refreshing, to read figures that would otherwise move (Ctrl+P)</source>
        <translation>Nicht mehr aktualisieren, um Werte in Ruhe zu lesen, die sich sonst ändern würden (Strg+P)</translation>
    </message>
    <message>
        <source>&amp;Refresh now</source>
        <translation>&amp;Jetzt aktualisieren</translation>
    </message>
    <message>
        <source>Sample everything now (F5)</source>
        <translation>Alles sofort neu erfassen (F5)</translation>
    </message>
    <message>
        <source>Refresh every </source>
        <translation>Aktualisieren alle </translation>
    </message>
    <message>
        <source>Refresh interval in seconds</source>
        <translation>Aktualisierungsintervall in Sekunden</translation>
    </message>
    <message>
        <source>How often MemLens reads memory figures. Shorter intervals cost more CPU.</source>
        <translation>Wie oft MemLens die Speicherwerte liest. Kürzere Intervalle kosten mehr CPU.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Processes: %1</source>
        <translation>Prozesse: %1</translation>
    </message>
    <message>
        <source> · PSS unavailable for %1 of them (hover a dash to see why)</source>
        <translation> · PSS für %1 davon nicht verfügbar (zeigen Sie auf einen Strich, um den Grund zu sehen)</translation>
    </message>
    <message>
        <source> · ended while being read: %1</source>
        <translation> · beim Lesen beendet: %1</translation>
    </message>
    <message>
        <source>Sampled at %1</source>
        <translation>Erfasst um %1</translation>
    </message>
    <message>
        <source>PSS read from %1. Each refresh reads it again for the processes whose memory moved, and for the others within %2 s of when it could have changed: the oldest shown now was read %3 s ago.</source>
        <translation>PSS gelesen aus %1. Jede Aktualisierung liest ihn erneut für die Prozesse, deren Speicher sich bewegt hat, und für die übrigen binnen %2 s, nachdem er sich geändert haben könnte: Der älteste angezeigte Wert wurde vor %3 s gelesen.</translation>
    </message>
    <message>
        <source>Leak watch</source>
        <translation>Leck-Überwachung</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>Kernel</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Erneut verbinden</translation>
    </message>
    <message>
        <source>Start the agent again, on the same host</source>
        <translation>Den Agenten auf demselben Host erneut starten</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt …</translation>
    </message>
    <message>
        <source>Reading as administrator: every process&apos;s figures and the kernel&apos;s caches</source>
        <translation>Lesen als Administrator: die Werte aller Prozesse und die Caches des Kernels</translation>
    </message>
    <message>
        <source>Reading as yourself again: %1</source>
        <translation>Es wird wieder mit Ihren eigenen Rechten gelesen: %1</translation>
    </message>
    <message>
        <source>MemLens could not start a new window for %1</source>
        <translation>MemLens konnte kein neues Fenster für %1 öffnen</translation>
    </message>
    <message>
        <source>Last data from %1</source>
        <translation>Letzte Daten von %1</translation>
    </message>
    <message>
        <source>&amp;Connect to host…</source>
        <translation>Mit &amp;Host verbinden …</translation>
    </message>
    <message>
        <source>Show another machine&apos;s memory in a new window, through ssh (Ctrl+Shift+O)</source>
        <translation>Den Speicher einer anderen Maschine über ssh in einem neuen Fenster anzeigen (Strg+Umschalt+O)</translation>
    </message>
    <message>
        <source>%1 · processes: %2</source>
        <translation>%1 · Prozesse: %2</translation>
    </message>
    <message>
        <source> · PSS unavailable for %1 of them, of other users — &quot;Show all processes&quot; reads them as administrator</source>
        <translation> · PSS für %1 davon nicht verfügbar, Prozesse anderer Benutzer – „Alle Prozesse anzeigen“ liest sie als Administrator</translation>
    </message>
    <message>
        <source>Not every change on trial could be put back: the Tuning page says why.</source>
        <translation>Nicht jede getestete Änderung konnte zurückgenommen werden: Die Seite „Feinabstimmung“ nennt den Grund.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&lt;li&gt;%1&lt;/li&gt;</source>
        <translation>&lt;li&gt;%1&lt;/li&gt;</translation>
    </message>
    <message>
        <source>Changes on trial</source>
        <translation>Änderungen im Test</translation>
    </message>
    <message>
        <source>These changes are still on trial:&lt;ul&gt;%1&lt;/ul&gt;Put the old values back before MemLens closes?</source>
        <translation>Diese Änderungen werden noch getestet:&lt;ul&gt;%1&lt;/ul&gt;Vor dem Schließen von MemLens die alten Werte wiederherstellen?</translation>
    </message>
    <message>
        <source>&amp;Put back and close</source>
        <translation>&amp;Zurücknehmen und schließen</translation>
    </message>
    <message>
        <source>&amp;Keep and close</source>
        <translation>&amp;Behalten und schließen</translation>
    </message>
    <message>
        <source>Putting back the changes on trial…</source>
        <translation>Die getesteten Änderungen werden zurückgenommen …</translation>
    </message>
    <message>
        <source>&lt;li&gt;%1, set %2&lt;/li&gt;</source>
        <translation>&lt;li&gt;%1, gesetzt %2&lt;/li&gt;</translation>
    </message>
    <message>
        <source>Changes left on trial</source>
        <translation>Noch laufende Tests von Änderungen</translation>
    </message>
    <message>
        <source>MemLens stopped while these changes were on trial, and they are still in place:&lt;ul&gt;%1&lt;/ul&gt;Put the old values back?</source>
        <translation>MemLens wurde beendet, während diese Änderungen getestet wurden, und sie gelten noch:&lt;ul&gt;%1&lt;/ul&gt;Die alten Werte wiederherstellen?</translation>
    </message>
    <message>
        <source>&amp;Put back</source>
        <translation>&amp;Zurücknehmen</translation>
    </message>
    <message>
        <source>&amp;Keep them</source>
        <translation>&amp;Behalten</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menü</translation>
    </message>
    <message>
        <source>&amp;About MemLens</source>
        <translation>Ü&amp;ber MemLens</translation>
    </message>
    <message>
        <source>Connect to another host, about MemLens, quit</source>
        <translation>Mit einem anderen Rechner verbinden, über MemLens, beenden</translation>
    </message>
    <message>
        <source>Background &amp;watcher…</source>
        <translation>&amp;Beobachter im Hintergrund…</translation>
    </message>
    <message>
        <source>&amp;Compare with…</source>
        <translation>&amp;Vergleichen mit…</translation>
    </message>
    <message>
        <source>What grew and what appeared between the moment shown and another one</source>
        <translation>Was zwischen dem angezeigten und einem anderen Zeitpunkt gewachsen und hinzugekommen ist</translation>
    </message>
    <message>
        <source>Sampling in this window again: %1</source>
        <translation>Dieses Fenster misst wieder selbst: %1</translation>
    </message>
    <message>
        <source>The background watcher&apos;s recording: click a moment to open it in a new window</source>
        <translation>Die Aufzeichnung des Beobachters im Hintergrund: einen Zeitpunkt anklicken, um ihn in einem neuen Fenster zu öffnen</translation>
    </message>
    <message>
        <source>MemLens could not start a window on the recording</source>
        <translation>MemLens konnte kein Fenster mit der Aufzeichnung öffnen</translation>
    </message>
    <message>
        <source> · sampled by the background watcher</source>
        <translation> · gemessen vom Beobachter im Hintergrund</translation>
    </message>
</context>
<context>
    <name>MappingModel</name>
    <message>
        <source>[anonymous]</source>
        <translation>[anonym]</translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <translation>%1 (gelöscht)</translation>
    </message>
    <message>
        <source>%1 — mappings: %2</source>
        <translation>%1 – Mappings: %2</translation>
    </message>
    <message>
        <source>This kernel does not report this figure.</source>
        <translation>Dieser Kernel meldet diesen Wert nicht.</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>Mapping</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Rechte</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>RSS</source>
        <translation>RSS</translation>
    </message>
    <message>
        <source>PSS</source>
        <translation>PSS</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privat</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>Swap</translation>
    </message>
    <message>
        <source>Dirty</source>
        <translation>Schmutzig</translation>
    </message>
</context>
<context>
    <name>MeminfoGlossary</name>
    <message>
        <source>RAM the kernel can manage: installed memory minus what firmware and the kernel image reserve at boot.</source>
        <translation>RAM, den der Kernel verwalten kann: installierter Speicher abzüglich dessen, was Firmware und Kernel-Image beim Booten reservieren.</translation>
    </message>
    <message>
        <source>RAM holding nothing at all. A low figure is normal: Linux puts idle memory to work as cache.</source>
        <translation>RAM, der gar nichts enthält. Ein niedriger Wert ist normal: Linux nutzt ungenutzten Speicher als Cache.</translation>
    </message>
    <message>
        <source>The kernel&apos;s estimate of how much could be given to programs without swapping: free memory plus cache and reclaimable kernel memory it can drop.</source>
        <translation>Die Schätzung des Kernels, wie viel Programme ohne Auslagern bekommen könnten: freier Speicher plus Cache und zurückgewinnbarer Kernel-Speicher, den er verwerfen kann.</translation>
    </message>
    <message>
        <source>Memory used recently, file cache and anonymous memory together; the kernel takes memory back from the inactive part first.</source>
        <translation>Kürzlich genutzter Speicher, Datei-Cache und anonymer Speicher zusammen; der Kernel holt sich Speicher zuerst aus dem inaktiven Teil zurück.</translation>
    </message>
    <message>
        <source>Memory not used for a while, file cache and anonymous memory together: the first candidates when memory has to be reclaimed.</source>
        <translation>Seit einer Weile ungenutzter Speicher, Datei-Cache und anonymer Speicher zusammen: die ersten Kandidaten, wenn Speicher zurückgewonnen werden muss.</translation>
    </message>
    <message>
        <source>RAM this virtual machine&apos;s balloon driver has handed back to the host; the guest cannot use it until the host returns it.</source>
        <translation>RAM, den der Balloon-Treiber dieser virtuellen Maschine an den Host abgegeben hat; der Gast kann ihn erst wieder nutzen, wenn der Host ihn zurückgibt.</translation>
    </message>
    <message>
        <source>Cache of raw block-device data, such as file system metadata.</source>
        <translation>Cache für Rohdaten von Blockgeräten, etwa Dateisystem-Metadaten.</translation>
    </message>
    <message>
        <source>Contents of files kept in RAM so the next read is fast (includes shared memory and tmpfs, which cannot simply be dropped).</source>
        <translation>Dateiinhalte, die im RAM gehalten werden, damit der nächste Lesezugriff schnell ist (einschließlich Shared Memory und tmpfs, die sich nicht einfach verwerfen lassen).</translation>
    </message>
    <message>
        <source>File cache used recently; reclaimed only after the inactive part.</source>
        <translation>Kürzlich genutzter Datei-Cache; wird erst nach dem inaktiven Teil zurückgewonnen.</translation>
    </message>
    <message>
        <source>File cache not used for a while: the first memory reclaimed when programs need more.</source>
        <translation>Seit einer Weile ungenutzter Datei-Cache: der erste Speicher, der zurückgewonnen wird, wenn Programme mehr brauchen.</translation>
    </message>
    <message>
        <source>Cached file data changed in memory and not yet written to disk.</source>
        <translation>Zwischengespeicherte Dateidaten, die im Speicher geändert und noch nicht auf die Festplatte geschrieben wurden.</translation>
    </message>
    <message>
        <source>Dirty data being written to disk right now.</source>
        <translation>Schmutzige Daten, die gerade auf die Festplatte geschrieben werden.</translation>
    </message>
    <message>
        <source>Cached files that programs have mapped into their address space, such as libraries and executables.</source>
        <translation>Zwischengespeicherte Dateien, die Programme in ihren Adressraum gemappt haben, etwa Bibliotheken und ausführbare Dateien.</translation>
    </message>
    <message>
        <source>Memory programs allocated for themselves (heap, stacks) that no file backs; it can only leave RAM by going to swap.</source>
        <translation>Speicher, den Programme für sich angefordert haben (Heap, Stacks) und hinter dem keine Datei steht; er kann den RAM nur in Richtung Swap verlassen.</translation>
    </message>
    <message>
        <source>Anonymous memory and shared memory used recently.</source>
        <translation>Kürzlich genutzter anonymer Speicher und Shared Memory.</translation>
    </message>
    <message>
        <source>Anonymous memory and shared memory not used for a while: what goes to swap first.</source>
        <translation>Seit einer Weile ungenutzter anonymer Speicher und Shared Memory: das, was zuerst in den Swap wandert.</translation>
    </message>
    <message>
        <source>Shared memory and tmpfs files (/dev/shm, /run, often graphics buffers). Counted in Cached, but it cannot be dropped, only swapped.</source>
        <translation>Shared Memory und tmpfs-Dateien (/dev/shm, /run, oft Grafikpuffer). Wird in Cached mitgezählt, lässt sich aber nicht verwerfen, nur auslagern.</translation>
    </message>
    <message>
        <source>Memory that may not be reclaimed or swapped, such as locked pages and ramfs.</source>
        <translation>Speicher, der weder zurückgewonnen noch ausgelagert werden darf, etwa gesperrte Seiten und ramfs.</translation>
    </message>
    <message>
        <source>Memory programs pinned in RAM with mlock().</source>
        <translation>Speicher, den Programme mit mlock() im RAM festgehalten haben.</translation>
    </message>
    <message>
        <source>The kernel&apos;s own object caches (inodes, directory entries, network buffers): reclaimable plus unreclaimable.</source>
        <translation>Die Objekt-Caches des Kernels (Inodes, Verzeichniseinträge, Netzwerkpuffer): zurückgewinnbar plus nicht zurückgewinnbar.</translation>
    </message>
    <message>
        <source>Kernel caches that can be freed under pressure, mostly inode and directory-entry caches.</source>
        <translation>Kernel-Caches, die unter Speicherdruck freigegeben werden können, meist Inode- und Verzeichniseintrags-Caches.</translation>
    </message>
    <message>
        <source>Kernel objects in use that cannot be freed on demand. Steady growth here can mean a kernel leak.</source>
        <translation>Belegte Kernel-Objekte, die sich nicht auf Anforderung freigeben lassen. Stetiges Wachstum hier kann auf ein Speicherleck im Kernel hindeuten.</translation>
    </message>
    <message>
        <source>All kernel memory the kernel can reclaim under pressure, reclaimable slab included.</source>
        <translation>Der gesamte Kernel-Speicher, den der Kernel unter Speicherdruck zurückgewinnen kann, zurückgewinnbarer Slab eingeschlossen.</translation>
    </message>
    <message>
        <source>Stacks of every thread while it runs in the kernel; grows with the number of threads.</source>
        <translation>Stacks aller Threads, solange sie im Kernel laufen; wächst mit der Zahl der Threads.</translation>
    </message>
    <message>
        <source>Shadow stacks used to protect return addresses on kernels built with that hardening.</source>
        <translation>Schattenstacks, die auf entsprechend gehärteten Kerneln Rücksprungadressen schützen.</translation>
    </message>
    <message>
        <source>Tables translating programs&apos; virtual addresses to RAM; large when many processes map much memory.</source>
        <translation>Tabellen, die die virtuellen Adressen der Programme in RAM-Adressen übersetzen; groß, wenn viele Prozesse viel Speicher mappen.</translation>
    </message>
    <message>
        <source>Secondary page tables, such as those of virtual machines and IOMMUs.</source>
        <translation>Sekundäre Seitentabellen, etwa die virtueller Maschinen und IOMMUs.</translation>
    </message>
    <message>
        <source>Size of the kernel&apos;s vmalloc address range: address space, not memory.</source>
        <translation>Größe des vmalloc-Adressbereichs des Kernels: Adressraum, kein Speicher.</translation>
    </message>
    <message>
        <source>Memory the kernel allocated through vmalloc (modules, some drivers and buffers).</source>
        <translation>Speicher, den der Kernel über vmalloc belegt hat (Module, einige Treiber und Puffer).</translation>
    </message>
    <message>
        <source>Largest free block of vmalloc address space (newer kernels write 0).</source>
        <translation>Größter freier Block des vmalloc-Adressraums (neuere Kernel schreiben 0).</translation>
    </message>
    <message>
        <source>Kernel data kept once per CPU core.</source>
        <translation>Kerneldaten, die einmal pro CPU-Kern gehalten werden.</translation>
    </message>
    <message>
        <source>RAM the kernel took out of use because the hardware reported it faulty.</source>
        <translation>RAM, den der Kernel stillgelegt hat, weil die Hardware ihn als defekt gemeldet hat.</translation>
    </message>
    <message>
        <source>Buffers for devices that cannot reach all of RAM.</source>
        <translation>Puffer für Geräte, die nicht den ganzen RAM erreichen können.</translation>
    </message>
    <message>
        <source>Data sent to an NFS server but not yet committed to its storage.</source>
        <translation>Daten, die an einen NFS-Server gesendet, dort aber noch nicht dauerhaft gespeichert wurden.</translation>
    </message>
    <message>
        <source>Temporary buffers of file systems in user space (FUSE) being written back.</source>
        <translation>Temporäre Puffer von Dateisystemen im Userspace (FUSE), die gerade zurückgeschrieben werden.</translation>
    </message>
    <message>
        <source>Memory of a confidential virtual machine not yet accepted for use by the guest.</source>
        <translation>Speicher einer vertraulichen virtuellen Maschine, den der Gast noch nicht zur Nutzung angenommen hat.</translation>
    </message>
    <message>
        <source>Size of all active swap areas together.</source>
        <translation>Größe aller aktiven Swap-Bereiche zusammen.</translation>
    </message>
    <message>
        <source>Swap space not in use.</source>
        <translation>Nicht belegter Swap.</translation>
    </message>
    <message>
        <source>Pages read back from swap whose swap copy is still kept, so they need not be written again if swapped out unchanged.</source>
        <translation>Aus dem Swap zurückgelesene Seiten, deren Swap-Kopie erhalten bleibt, sodass sie beim erneuten Auslagern nicht noch einmal geschrieben werden müssen, sofern sie unverändert sind.</translation>
    </message>
    <message>
        <source>RAM used by zswap&apos;s compressed cache of pages on their way to swap.</source>
        <translation>RAM, den der komprimierte Cache von zswap für Seiten auf dem Weg in den Swap belegt.</translation>
    </message>
    <message>
        <source>Uncompressed size of the pages held in zswap; compared with Zswap it gives the compression ratio.</source>
        <translation>Unkomprimierte Größe der Seiten in zswap; im Vergleich mit Zswap ergibt sie das Kompressionsverhältnis.</translation>
    </message>
    <message>
        <source>Anonymous memory backed by transparent huge pages (2 MiB on x86-64).</source>
        <translation>Anonymer Speicher auf Transparent Huge Pages (2&#xa0;MiB auf x86-64).</translation>
    </message>
    <message>
        <source>Shared memory and tmpfs backed by huge pages.</source>
        <translation>Shared Memory und tmpfs auf Huge Pages.</translation>
    </message>
    <message>
        <source>Shared memory that programs map with huge pages.</source>
        <translation>Shared Memory, den Programme mit Huge Pages mappen.</translation>
    </message>
    <message>
        <source>File cache backed by huge pages.</source>
        <translation>Datei-Cache auf Huge Pages.</translation>
    </message>
    <message>
        <source>File cache that programs map with huge pages.</source>
        <translation>Datei-Cache, den Programme mit Huge Pages mappen.</translation>
    </message>
    <message>
        <source>Number of pages in the default-size hugetlbfs pool; this memory is set aside whether used or not.</source>
        <translation>Anzahl der Seiten im hugetlbfs-Pool der Standardgröße; dieser Speicher ist reserviert, ob er genutzt wird oder nicht.</translation>
    </message>
    <message>
        <source>Pages of the hugetlbfs pool not yet handed out.</source>
        <translation>Noch nicht vergebene Seiten des hugetlbfs-Pools.</translation>
    </message>
    <message>
        <source>Pool pages promised to a mapping but not yet touched.</source>
        <translation>Pool-Seiten, die einem Mapping zugesagt, aber noch nicht berührt wurden.</translation>
    </message>
    <message>
        <source>Pages allocated beyond the pool&apos;s size, allowed by vm.nr_overcommit_hugepages.</source>
        <translation>Über die Poolgröße hinaus belegte Seiten, erlaubt durch vm.nr_overcommit_hugepages.</translation>
    </message>
    <message>
        <source>Size of one page of the default hugetlbfs pool.</source>
        <translation>Größe einer Seite des Standard-hugetlbfs-Pools.</translation>
    </message>
    <message>
        <source>Memory taken by hugetlbfs pools of every page size.</source>
        <translation>Von hugetlbfs-Pools aller Seitengrößen belegter Speicher.</translation>
    </message>
    <message>
        <source>How much memory may be promised to programs when overcommit is strict (vm.overcommit_memory = 2): swap plus a share of RAM.</source>
        <translation>Wie viel Speicher Programmen zugesagt werden darf, wenn Overcommit strikt ist (vm.overcommit_memory = 2): Swap plus ein Anteil des RAM.</translation>
    </message>
    <message>
        <source>Memory promised to programs so far, whether they have touched it or not: what would be needed if every promise were used.</source>
        <translation>Bisher Programmen zugesagter Speicher, ob sie ihn berührt haben oder nicht: das, was gebraucht würde, wenn jede Zusage eingelöst würde.</translation>
    </message>
    <message>
        <source>RAM the kernel maps for itself with 4 KiB pages.</source>
        <translation>RAM, den der Kernel für sich selbst mit 4-KiB-Seiten abbildet.</translation>
    </message>
    <message>
        <source>RAM the kernel maps for itself with 2 MiB pages.</source>
        <translation>RAM, den der Kernel für sich selbst mit 2-MiB-Seiten abbildet.</translation>
    </message>
    <message>
        <source>RAM the kernel maps for itself with 1 GiB pages.</source>
        <translation>RAM, den der Kernel für sich selbst mit 1-GiB-Seiten abbildet.</translation>
    </message>
    <message>
        <source>RAM reserved at boot for devices that need large contiguous buffers (usable as cache until a device asks).</source>
        <translation>Beim Booten reservierter RAM für Geräte, die große zusammenhängende Puffer brauchen (als Cache nutzbar, bis ein Gerät ihn anfordert).</translation>
    </message>
    <message>
        <source>Part of the contiguous reserve not given to a device.</source>
        <translation>Teil der zusammenhängenden Reserve, der keinem Gerät gegeben wurde.</translation>
    </message>
    <message>
        <source>A field MemLens does not describe yet; see the kernel&apos;s documentation of /proc/meminfo.</source>
        <translation>Ein Feld, das MemLens noch nicht beschreibt; siehe die Kernel-Dokumentation zu /proc/meminfo.</translation>
    </message>
    <message>
        <source>RAM</source>
        <translation>RAM</translation>
    </message>
    <message>
        <source>Page cache</source>
        <translation>Seitencache</translation>
    </message>
    <message>
        <source>Anonymous and shared memory</source>
        <translation>Anonymer Speicher und Shared Memory</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>Kernel</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>Swap</translation>
    </message>
    <message>
        <source>Huge pages</source>
        <translation>Huge Pages</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Zusagen</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>How much RAM there is, how much is idle and how much programs could still get.</source>
        <translation>Wie viel RAM es gibt, wie viel davon ungenutzt ist und wie viel Programme noch bekommen könnten.</translation>
    </message>
    <message>
        <source>File contents kept in RAM. Most of it is given back as soon as programs need the memory.</source>
        <translation>Dateiinhalte im RAM. Das meiste davon wird zurückgegeben, sobald Programme den Speicher brauchen.</translation>
    </message>
    <message>
        <source>Memory programs allocated for themselves; without swap it stays in RAM until they free it.</source>
        <translation>Speicher, den Programme für sich angefordert haben; ohne Swap bleibt er im RAM, bis sie ihn freigeben.</translation>
    </message>
    <message>
        <source>Memory the kernel uses for itself: caches of objects, stacks, page tables.</source>
        <translation>Speicher, den der Kernel für sich selbst nutzt: Objekt-Caches, Stacks, Seitentabellen.</translation>
    </message>
    <message>
        <source>Space on disk (or compressed in RAM) where rarely used anonymous memory is moved.</source>
        <translation>Platz auf der Festplatte (oder komprimiert im RAM), in den selten genutzter anonymer Speicher ausgelagert wird.</translation>
    </message>
    <message>
        <source>Memory mapped in large pages, which are cheaper for the processor to translate.</source>
        <translation>Speicher in großen Seiten, deren Adressen der Prozessor günstiger übersetzen kann.</translation>
    </message>
    <message>
        <source>Memory promised to programs, against the limit that applies when overcommit is strict.</source>
        <translation>Programmen zugesagter Speicher, gemessen an dem Limit, das bei striktem Overcommit gilt.</translation>
    </message>
    <message>
        <source>Fields that fit none of the groups above.</source>
        <translation>Felder, die in keine der obigen Gruppen passen.</translation>
    </message>
</context>
<context>
    <name>MomentComparisonModel</name>
    <message>
        <source>PSS: each shared page divided among the processes sharing it</source>
        <translation>PSS: jede gemeinsam genutzte Seite auf die Prozesse aufgeteilt, die sie teilen</translation>
    </message>
    <message>
        <source>RSS: the PSS of some of its processes could not be read (another user&apos;s), so both moments count resident pages in full</source>
        <translation>RSS: der PSS einiger seiner Prozesse war nicht lesbar (die eines anderen Benutzers), daher zählen beide Zeitpunkte residente Seiten voll</translation>
    </message>
    <message>
        <source>not running</source>
        <translation>lief nicht</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Damals</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Prozesse</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>Memory is about to run out</source>
        <translation>Der Speicher ist gleich erschöpft</translation>
    </message>
    <message>
        <source>Memory is running short</source>
        <translation>Der Speicher wird knapp</translation>
    </message>
    <message>
        <source>A program was ended to free memory</source>
        <translation>Ein Programm wurde beendet, um Speicher freizugeben</translation>
    </message>
    <message>
        <source>Programs ended before it, not told one by one: %1. The Pressure page lists them all.</source>
        <translation>Davor beendete Programme, nicht einzeln gemeldet: %1. Die Seite „Druck, Swap &amp; OOM“ listet alle auf.</translation>
    </message>
    <message>
        <source>Open MemLens at this moment</source>
        <translation>MemLens zu diesem Zeitpunkt öffnen</translation>
    </message>
</context>
<context>
    <name>NumaNode</name>
    <message>
        <source>/proc/meminfo has no MemTotal</source>
        <translation>/proc/meminfo enthält kein MemTotal</translation>
    </message>
    <message>
        <source>its meminfo has no MemTotal</source>
        <translation>seine meminfo enthält kein MemTotal</translation>
    </message>
    <message>
        <source>node %1&apos;s size is unknown: %2</source>
        <translation>die Größe von Knoten %1 ist unbekannt: %2</translation>
    </message>
</context>
<context>
    <name>NumaNodeModel</name>
    <message>
        <source>Node %1</source>
        <translation>Knoten %1</translation>
    </message>
    <message>
        <source>a rate needs two refreshes</source>
        <translation>eine Rate braucht zwei Aktualisierungen</translation>
    </message>
    <message>
        <source>Pages allocated on this node as intended (numa_hit).</source>
        <translation>Seiten, die wie beabsichtigt auf diesem Knoten belegt wurden (numa_hit).</translation>
    </message>
    <message>
        <source>Pages allocated here although another node was wanted, because it was full (numa_miss).</source>
        <translation>Seiten, die hier belegt wurden, obwohl ein anderer Knoten gewünscht war, weil er voll war (numa_miss).</translation>
    </message>
    <message>
        <source>Pages meant for this node that went to another one (numa_foreign).</source>
        <translation>Seiten, die für diesen Knoten gedacht waren und auf einem anderen landeten (numa_foreign).</translation>
    </message>
    <message>
        <source>Pages placed here by an interleaving policy as intended (interleave_hit).</source>
        <translation>Seiten, die eine Verschränkungsrichtlinie wie beabsichtigt hier abgelegt hat (interleave_hit).</translation>
    </message>
    <message>
        <source>Pages allocated here for a process running on this node (local_node).</source>
        <translation>Seiten, die hier für einen Prozess belegt wurden, der auf diesem Knoten läuft (local_node).</translation>
    </message>
    <message>
        <source>Pages allocated here for a process running on another node: slower for it to reach (other_node).</source>
        <translation>Seiten, die hier für einen Prozess auf einem anderen Knoten belegt wurden: für ihn langsamer erreichbar (other_node).</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Frei</translation>
    </message>
    <message>
        <source>File pages</source>
        <translation>Dateiseiten</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonym</translation>
    </message>
    <message>
        <source>Hits/s</source>
        <translation>Treffer/s</translation>
    </message>
    <message>
        <source>Misses/s</source>
        <translation>Fehltreffer/s</translation>
    </message>
    <message>
        <source>Foreign/s</source>
        <translation>Fremd/s</translation>
    </message>
    <message>
        <source>Interleaved/s</source>
        <translation>Interleaved/s</translation>
    </message>
    <message>
        <source>Local/s</source>
        <translation>Lokal/s</translation>
    </message>
    <message>
        <source>Remote/s</source>
        <translation>Entfernt/s</translation>
    </message>
</context>
<context>
    <name>NumaReader</name>
    <message>
        <source>this kernel has no NUMA support: %1 does not exist</source>
        <translation>dieser Kernel unterstützt kein NUMA: %1 existiert nicht</translation>
    </message>
</context>
<context>
    <name>NumaView</name>
    <message>
        <source>NUMA summary</source>
        <translation>NUMA-Zusammenfassung</translation>
    </message>
    <message>
        <source>NUMA nodes</source>
        <translation>NUMA-Knoten</translation>
    </message>
    <message>
        <source>Each node is memory attached to one processor socket: a processor reaches its own node&apos;s memory faster than another&apos;s. &lt;b&gt;Misses&lt;/b&gt; and &lt;b&gt;foreign&lt;/b&gt; pages mean a node ran full and allocations spilled over; &lt;b&gt;remote&lt;/b&gt; pages are used by processes running elsewhere. Rates are pages per second over the last refresh.</source>
        <translation>Jeder Knoten ist Speicher an einem Prozessorsockel: ein Prozessor erreicht den Speicher seines eigenen Knotens schneller als den eines anderen. &lt;b&gt;Fehltreffer&lt;/b&gt; und &lt;b&gt;fremde&lt;/b&gt; Seiten heißen, dass ein Knoten voll lief und Anforderungen überliefen; &lt;b&gt;entfernte&lt;/b&gt; Seiten nutzen Prozesse, die anderswo laufen. Raten sind Seiten pro Sekunde seit der letzten Aktualisierung.</translation>
    </message>
    <message>
        <source>No NUMA figures: %1.</source>
        <translation>Keine NUMA-Zahlen: %1.</translation>
    </message>
    <message>
        <source>This machine has a single NUMA node: all its memory is equally close to every processor, so there is nothing to balance between nodes.</source>
        <translation>Diese Maschine hat einen einzigen NUMA-Knoten: ihr ganzer Speicher ist jedem Prozessor gleich nah, zwischen Knoten gibt es also nichts auszugleichen.</translation>
    </message>
    <message numerus="yes">
        <source>%n NUMA nodes.</source>
        <translation>
            <numerusform>%n NUMA-Knoten.</numerusform>
            <numerusform>%n NUMA-Knoten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Whether the nodes add up to MemTotal is unknown: %1.</source>
        <translation>Ob die Knoten zusammen MemTotal ergeben, ist unbekannt: %1.</translation>
    </message>
    <message>
        <source>The nodes hold %1 less than /proc/meminfo&apos;s MemTotal: memory the kernel counts as the machine&apos;s but attributes to no node.</source>
        <translation>Die Knoten enthalten %1 weniger als MemTotal aus /proc/meminfo: Speicher, den der Kernel zur Maschine zählt, aber keinem Knoten zuordnet.</translation>
    </message>
    <message>
        <source>The nodes hold %1 more than /proc/meminfo&apos;s MemTotal: their files were read a moment apart.</source>
        <translation>Die Knoten enthalten %1 mehr als MemTotal aus /proc/meminfo: ihre Dateien wurden kurz nacheinander gelesen.</translation>
    </message>
</context>
<context>
    <name>OomAdjustDialog</name>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>OOM score of %1 (%2)</source>
        <translation>OOM-Score von %1 (%2)</translation>
    </message>
    <message>
        <source>When memory runs out, the kernel ends the process with the highest OOM score. &lt;b&gt;%1&lt;/b&gt; (PID %2) has a score of &lt;b&gt;%3&lt;/b&gt; with an adjustment of &lt;b&gt;%4&lt;/b&gt;. A negative adjustment protects it, a positive one offers it up first.</source>
        <translation>Wenn der Speicher ausgeht, beendet der Kernel den Prozess mit dem höchsten OOM-Score. &lt;b&gt;%1&lt;/b&gt; (PID %2) hat einen Score von &lt;b&gt;%3&lt;/b&gt; bei einer Anpassung von &lt;b&gt;%4&lt;/b&gt;. Eine negative Anpassung schützt ihn, eine positive macht ihn zum ersten Kandidaten.</translation>
    </message>
    <message>
        <source>OOM score adjustment</source>
        <translation>OOM-Score-Anpassung</translation>
    </message>
    <message>
        <source>OOM score adjustment value</source>
        <translation>Wert der OOM-Score-Anpassung</translation>
    </message>
    <message>
        <source>Never chosen</source>
        <translation>Nie gewählt</translation>
    </message>
    <message>
        <source>Chosen first</source>
        <translation>Zuerst gewählt</translation>
    </message>
    <message>
        <source>&lt;b&gt;−1000 makes the process immune:&lt;/b&gt; however much memory it takes, the OOM killer ends other processes instead, and if nothing else is left the system can hang.</source>
        <translation>&lt;b&gt;−1000 macht den Prozess immun:&lt;/b&gt; Wie viel Speicher er auch belegt, der OOM-Killer beendet stattdessen andere Prozesse, und wenn keiner mehr übrig ist, kann das System hängen bleiben.</translation>
    </message>
    <message>
        <source>Make %1 immune to the OOM killer?</source>
        <translation>%1 gegen den OOM-Killer immun machen?</translation>
    </message>
    <message>
        <source>With −1000 the kernel will never end %1 when memory runs out, even if it is what uses it all.</source>
        <translation>Mit −1000 beendet der Kernel %1 nie, wenn der Speicher ausgeht, selbst wenn gerade dieser Prozess ihn ganz verbraucht.</translation>
    </message>
    <message>
        <source>Done: %1; %2. The Tuning page lists it, to undo it.</source>
        <translation>Erledigt: %1; %2. Die Seite „Feinabstimmung“ führt die Änderung auf, um sie rückgängig zu machen.</translation>
    </message>
</context>
<context>
    <name>Overcommit</name>
    <message>
        <source>the commit limit cannot be computed here: meminfo lacks MemTotal or SwapTotal, or an overcommit sysctl is out of range</source>
        <translation>das Commit-Limit lässt sich hier nicht berechnen: meminfo fehlt MemTotal oder SwapTotal, oder ein Overcommit-sysctl liegt außerhalb seines Bereichs</translation>
    </message>
</context>
<context>
    <name>OvercommitView</name>
    <message>
        <source>&lt;b&gt;Heuristic&lt;/b&gt; (vm.overcommit_memory = 0, the default): the kernel refuses only an allocation that could never fit in RAM and swap together. It promises more than it has, betting that programs never touch all they ask for; if they do, the OOM killer settles it.</source>
        <translation>&lt;b&gt;Heuristisch&lt;/b&gt; (vm.overcommit_memory = 0, die Voreinstellung): der Kernel lehnt nur Anforderungen ab, die nie in RAM und Swap zusammen passen könnten. Er verspricht mehr, als er hat, und setzt darauf, dass Programme nie alles anfassen, was sie anfordern; tun sie es doch, entscheidet der OOM-Killer.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Always&lt;/b&gt; (vm.overcommit_memory = 1): every allocation is granted, however large. Nothing fails at allocation time; running out is left to the OOM killer.</source>
        <translation>&lt;b&gt;Immer&lt;/b&gt; (vm.overcommit_memory = 1): jede Anforderung wird gewährt, wie groß sie auch ist. Nichts schlägt beim Anfordern fehl; geht der Speicher aus, entscheidet der OOM-Killer.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Strict&lt;/b&gt; (vm.overcommit_memory = 2): the kernel refuses an allocation once what it has promised would pass the commit limit. Programs get errors instead of the OOM killer.</source>
        <translation>&lt;b&gt;Strikt&lt;/b&gt; (vm.overcommit_memory = 2): der Kernel lehnt eine Anforderung ab, sobald das Versprochene die Commit-Grenze überschreiten würde. Programme bekommen Fehler statt des OOM-Killers.</translation>
    </message>
    <message>
        <source>Overcommit mode</source>
        <translation>Overcommit-Modus</translation>
    </message>
    <message>
        <source>Commit limit</source>
        <translation>Commit-Grenze</translation>
    </message>
    <message>
        <source>Room left to commit</source>
        <translation>Noch zusagbarer Speicher</translation>
    </message>
    <message>
        <source>When a program asks for memory, the kernel only promises it; RAM is taken when the program first touches it. &lt;b&gt;Committed_AS&lt;/b&gt; adds up every promise still open: heaps, stacks, private mappings. The &lt;b&gt;commit limit&lt;/b&gt; is how much the kernel would promise in strict mode.</source>
        <translation>Fordert ein Programm Speicher an, verspricht der Kernel ihn nur; RAM wird belegt, wenn das Programm ihn zum ersten Mal anfasst. &lt;b&gt;Committed_AS&lt;/b&gt; summiert alle offenen Versprechen: Heaps, Stacks, private Mappings. Die &lt;b&gt;Commit-Grenze&lt;/b&gt; ist, wie viel der Kernel im strikten Modus verspräche.</translation>
    </message>
    <message>
        <source>Memory committed against the commit limit</source>
        <translation>Zugesagter Speicher gegenüber der Commit-Grenze</translation>
    </message>
    <message>
        <source>Overcommit is unknown: %1.</source>
        <translation>Overcommit ist unbekannt: %1.</translation>
    </message>
    <message>
        <source>%1 committed of a %2 limit (%3 %)</source>
        <translation>%1 zugesagt bei einer Grenze von %2 (%3&#xa0;%)</translation>
    </message>
    <message>
        <source>Committed_AS is not in /proc/meminfo</source>
        <translation>Committed_AS steht nicht in /proc/meminfo</translation>
    </message>
    <message>
        <source>vm.overcommit_kbytes plus all swap (%1)</source>
        <translation>vm.overcommit_kbytes plus der gesamte Swap (%1)</translation>
    </message>
    <message>
        <source>%1 % of the RAM outside huge page pools (vm.overcommit_ratio) plus all swap (%2)</source>
        <translation>%1&#xa0;% des RAM außerhalb der Huge-Page-Pools (vm.overcommit_ratio) plus der gesamte Swap (%2)</translation>
    </message>
    <message>
        <source>Commit limit &lt;b&gt;%1&lt;/b&gt;: %2.</source>
        <translation>Commit-Grenze &lt;b&gt;%1&lt;/b&gt;: %2.</translation>
    </message>
    <message>
        <source>This kernel&apos;s meminfo has no CommitLimit to check it against.</source>
        <translation>Die meminfo dieses Kernels hat kein CommitLimit zum Vergleich.</translation>
    </message>
    <message>
        <source>The kernel&apos;s CommitLimit agrees.</source>
        <translation>Das CommitLimit des Kernels stimmt überein.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The kernel&apos;s CommitLimit says %1&lt;/b&gt;: a setting changed between the reads, or this kernel computes it differently.</source>
        <translation>&lt;b&gt;Das CommitLimit des Kernels sagt %1&lt;/b&gt;: eine Einstellung hat sich zwischen den Lesevorgängen geändert, oder dieser Kernel rechnet anders.</translation>
    </message>
    <message>
        <source>Outside strict mode the limit refuses nothing; it measures how far promises run ahead of memory.</source>
        <translation>Außerhalb des strikten Modus lehnt die Grenze nichts ab; sie misst, wie weit die Versprechen dem Speicher vorauseilen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The limit is reached&lt;/b&gt;: new allocations of ordinary users fail; only root may use its reserve of %1.</source>
        <translation>&lt;b&gt;Die Grenze ist erreicht&lt;/b&gt;: neue Anforderungen gewöhnlicher Benutzer schlagen fehl; nur Root darf seine Reserve von %1 nutzen.</translation>
    </message>
    <message>
        <source>/proc/meminfo has no Committed_AS</source>
        <translation>/proc/meminfo hat kein Committed_AS</translation>
    </message>
    <message>
        <source>How much more can be committed is unknown: %1.</source>
        <translation>Wie viel noch zugesagt werden kann, ist unbekannt: %1.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; more can be committed before allocations start to fail; a large process fails somewhat sooner, as the kernel holds back up to a 32nd of its size (at most vm.user_reserve_kbytes) for it to recover. Root keeps %2 beyond that (vm.admin_reserve_kbytes), to be able to log in and repair.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; können noch zugesagt werden, bevor Anforderungen fehlschlagen; ein großer Prozess scheitert etwas früher, weil der Kernel bis zu einem 32stel seiner Größe (höchstens vm.user_reserve_kbytes) zurückhält, damit er sich fangen kann. Root behält darüber hinaus %2 (vm.admin_reserve_kbytes), um sich anmelden und reparieren zu können.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Free and available memory</source>
        <translation>Freier und verfügbarer Speicher</translation>
    </message>
    <message>
        <source>Select a field to see what it means.</source>
        <translation>Wählen Sie ein Feld aus, um zu sehen, was es bedeutet.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>All the RAM the kernel manages (MemTotal): installed memory minus what firmware and the kernel image reserve.</source>
        <translation>Der gesamte RAM, den der Kernel verwaltet (MemTotal): installierter Speicher abzüglich dessen, was Firmware und Kernel-Image reservieren.</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>How much programs could still get without swapping (MemAvailable): free RAM plus the cache the kernel can drop.</source>
        <translation>Wie viel Programme ohne Auslagern noch bekommen könnten (MemAvailable): freier RAM plus der Cache, den der Kernel verwerfen kann.</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Belegt</translation>
    </message>
    <message>
        <source>Total minus available: memory that is not free and cannot simply be reclaimed.</source>
        <translation>Gesamt minus verfügbar: Speicher, der nicht frei ist und sich nicht einfach zurückgewinnen lässt.</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <source>Buffers, page cache and reclaimable kernel caches, as free(1) counts buff/cache. Most of it is given back on demand.</source>
        <translation>Puffer, Seitencache und zurückgewinnbare Kernel-Caches, so wie free(1) buff/cache zählt. Das meiste davon wird bei Bedarf zurückgegeben.</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>Swap</translation>
    </message>
    <message>
        <source>Swap space in use out of all swap space (SwapTotal − SwapFree).</source>
        <translation>Belegter Swap im Verhältnis zum gesamten Swap (SwapTotal − SwapFree).</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Zugesagt</translation>
    </message>
    <message>
        <source>Memory promised to programs (Committed_AS) against the limit the kernel would enforce in strict overcommit mode (CommitLimit).</source>
        <translation>Programmen zugesagter Speicher (Committed_AS) im Verhältnis zum Limit, das der Kernel bei striktem Overcommit durchsetzen würde (CommitLimit).</translation>
    </message>
    <message>
        <source>Swap used</source>
        <translation>Belegter Swap</translation>
    </message>
    <message>
        <source>Memory composition</source>
        <translation>Zusammensetzung des Speichers</translation>
    </message>
    <message>
        <source>Memory fields</source>
        <translation>Speicherfelder</translation>
    </message>
    <message>
        <source>Memory figures are unavailable: %1</source>
        <translation>Speicherwerte sind nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>of RAM</source>
        <translation>des RAM</translation>
    </message>
    <message>
        <source>not reported by this kernel</source>
        <translation>von diesem Kernel nicht gemeldet</translation>
    </message>
    <message>
        <source>%1 % of total</source>
        <translation>%1&#xa0;% des Gesamtspeichers</translation>
    </message>
    <message>
        <source>of %1 (%2 %)</source>
        <translation>von %1 (%2&#xa0;%)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <source>no swap space is active</source>
        <translation>kein Swap-Bereich ist aktiv</translation>
    </message>
    <message>
        <source>of a %1 limit (%2 %)</source>
        <translation>bei einem Limit von %1 (%2&#xa0;%)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; of RAM is free. This kernel does not estimate available memory (MemAvailable).</source>
        <translation>Frei sind &lt;b&gt;%1&lt;/b&gt; des RAM. Dieser Kernel schätzt den verfügbaren Speicher nicht (MemAvailable).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Free is not available.&lt;/b&gt; Only &lt;b&gt;%1&lt;/b&gt; of RAM holds nothing at all, yet &lt;b&gt;%2&lt;/b&gt; is available to programs: the kernel would hand over about &lt;b&gt;%3&lt;/b&gt; of cache it can drop before anything has to go to swap. Linux uses idle RAM as cache on purpose, so a small free figure is normal; watch available instead.</source>
        <translation>&lt;b&gt;Frei ist nicht gleich verfügbar.&lt;/b&gt; Nur &lt;b&gt;%1&lt;/b&gt; des RAM enthalten gar nichts, doch &lt;b&gt;%2&lt;/b&gt; sind für Programme verfügbar: Der Kernel würde etwa &lt;b&gt;%3&lt;/b&gt; Cache abgeben, den er verwerfen kann, bevor irgendetwas in den Swap muss. Linux nutzt ungenutzten RAM absichtlich als Cache, ein kleiner Wert bei „frei“ ist also normal; achten Sie stattdessen auf „verfügbar“.</translation>
    </message>
    <message>
        <source>How RAM is used over the last minutes, stacked from programs&apos; own memory at the bottom; free memory on top only when asked for. Swap in use is the line, on the right axis.</source>
        <translation>Wie der RAM in den letzten Minuten genutzt wurde, gestapelt vom eigenen Speicher der Programme unten an; freier Speicher oben nur auf Wunsch. Belegter Swap ist die Linie, auf der rechten Achse.</translation>
    </message>
    <message>
        <source>Show &amp;free memory (colours as in the bar below)</source>
        <translation>&amp;Freien Speicher zeigen (Farben wie im Balken darunter)</translation>
    </message>
    <message>
        <source>Draw free RAM on top of what is in use, up to the total</source>
        <translation>Freien RAM über dem belegten zeichnen, bis zur Gesamtgröße</translation>
    </message>
    <message>
        <source>Using the most memory</source>
        <translation>Belegen den meisten Speicher</translation>
    </message>
    <message>
        <source>Applications using the most memory</source>
        <translation>Anwendungen mit dem meisten Speicher</translation>
    </message>
    <message>
        <source>PSS summed over each application&apos;s processes, grouped as on the Processes page. Click one to see its processes.</source>
        <translation>PSS, summiert über die Prozesse jeder Anwendung, gruppiert wie auf der Seite „Prozesse“. Klicken Sie auf eine, um ihre Prozesse zu sehen.</translation>
    </message>
    <message>
        <source>The other applications</source>
        <translation>Die übrigen Anwendungen</translation>
    </message>
    <message>
        <source>and 1 more application, %1.</source>
        <translation>und 1 weitere Anwendung, %1.</translation>
    </message>
    <message>
        <source>and %1 more applications, %2 together.</source>
        <translation>und %1 weitere Anwendungen, zusammen %2.</translation>
    </message>
    <message>
        <source>and 1 more application.</source>
        <translation>und 1 weitere Anwendung.</translation>
    </message>
    <message>
        <source>and %1 more applications.</source>
        <translation>und %1 weitere Anwendungen.</translation>
    </message>
    <message>
        <source>%1 % of total, %2 of it the ZFS ARC</source>
        <translation>%1&#xa0;% des Gesamten, davon %2 ZFS-ARC</translation>
    </message>
    <message>
        <source>The ZFS ARC holds another &lt;b&gt;%1&lt;/b&gt; as cache and gives back up to &lt;b&gt;%2&lt;/b&gt; of it when programs need memory; Linux&apos;s MemAvailable leaves the ARC out, so programs can get that much more.</source>
        <translation>Der ZFS-ARC hält weitere &lt;b&gt;%1&lt;/b&gt; als Cache und gibt bis zu &lt;b&gt;%2&lt;/b&gt; davon zurück, wenn Programme Speicher brauchen; MemAvailable von Linux lässt den ARC außen vor, Programme können also so viel mehr bekommen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Free is not available.&lt;/b&gt; &lt;b&gt;%1&lt;/b&gt; of RAM holds nothing, but only &lt;b&gt;%2&lt;/b&gt; of it is available to programs: the kernel keeps &lt;b&gt;%3&lt;/b&gt; in reserve for itself (its low watermarks), and there is little page cache to drop. Watch available, not free.</source>
        <translation>&lt;b&gt;Frei ist nicht gleich verfügbar.&lt;/b&gt; &lt;b&gt;%1&lt;/b&gt; des RAM enthalten nichts, aber nur &lt;b&gt;%2&lt;/b&gt; davon sind für Programme verfügbar: Der Kernel hält &lt;b&gt;%3&lt;/b&gt; für sich selbst in Reserve (seine Low-Watermarks), und es gibt wenig Seitencache zu verwerfen. Achten Sie auf „verfügbar“, nicht auf „frei“.</translation>
    </message>
</context>
<context>
    <name>PosixSharedMemoryModel</name>
    <message>
        <source>What its pages take in RAM or swap; pages never written take nothing.</source>
        <translation>Was seine Seiten im RAM oder Swap belegen; nie beschriebene Seiten belegen nichts.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>In memory</source>
        <translation>Im Speicher</translation>
    </message>
</context>
<context>
    <name>PressurePage</name>
    <message>
        <source>%1 : 1</source>
        <translation>%1 : 1</translation>
    </message>
    <message>
        <source>Memory pressure (PSI)</source>
        <translation>Speicherdruck (PSI)</translation>
    </message>
    <message>
        <source>Share of time in which programs waited for memory. &quot;Some&quot;: at least one task was stalled; &quot;full&quot;: all running tasks were stalled at once, so the machine did no useful work. &quot;avg10&quot; is the kernel&apos;s 10-second average, &quot;now&quot; the share of the last refresh interval.</source>
        <translation>Anteil der Zeit, in der Programme auf Speicher gewartet haben. „Some“: Mindestens ein Task war blockiert; „full“: Alle laufenden Tasks waren gleichzeitig blockiert, die Maschine leistete also nichts Nützliches. „avg10“ ist der 10-Sekunden-Durchschnitt des Kernels, „jetzt“ der Anteil am letzten Aktualisierungsintervall.</translation>
    </message>
    <message>
        <source>Swap traffic</source>
        <translation>Swap-Verkehr</translation>
    </message>
    <message>
        <source>Memory written out to swap and read back in, per second. Steady traffic both ways means the working set does not fit in RAM.</source>
        <translation>Pro Sekunde in den Swap geschriebener und von dort zurückgelesener Speicher. Ständiger Verkehr in beide Richtungen bedeutet, dass der Arbeitssatz nicht in den RAM passt.</translation>
    </message>
    <message>
        <source>Major page faults</source>
        <translation>Schwere Seitenfehler</translation>
    </message>
    <message>
        <source>Times per second a program touched memory that had to be read from disk or swap first. Each one is a wait.</source>
        <translation>Wie oft pro Sekunde ein Programm auf Speicher zugegriffen hat, der erst von der Festplatte oder aus dem Swap gelesen werden musste. Jeder davon bedeutet Warten.</translation>
    </message>
    <message>
        <source>Swap devices</source>
        <translation>Swap-Geräte</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Belegt</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Higher priority is used first; devices of equal priority are used in turn.</source>
        <translation>Höhere Priorität wird zuerst genutzt; Geräte gleicher Priorität werden abwechselnd genutzt.</translation>
    </message>
    <message>
        <source>Compressed memory</source>
        <translation>Komprimierter Speicher</translation>
    </message>
    <message>
        <source>zram and zswap</source>
        <translation>zram und zswap</translation>
    </message>
    <message>
        <source>Next in line for the OOM killer</source>
        <translation>Nächste Kandidaten für den OOM-Killer</translation>
    </message>
    <message>
        <source>Processes by OOM score</source>
        <translation>Prozesse nach OOM-Score</translation>
    </message>
    <message>
        <source>When memory runs out, the kernel ends the process with the highest score. The score grows with the memory a process uses; oom_score_adj moves it up or down.</source>
        <translation>Wenn der Speicher ausgeht, beendet der Kernel den Prozess mit dem höchsten Score. Der Score wächst mit dem Speicher, den ein Prozess belegt; oom_score_adj verschiebt ihn nach oben oder unten.</translation>
    </message>
    <message>
        <source>OOM kills</source>
        <translation>OOM-Kills</translation>
    </message>
    <message>
        <source>OOM kill count</source>
        <translation>Anzahl der OOM-Kills</translation>
    </message>
    <message>
        <source>OOM kill history</source>
        <translation>Verlauf der OOM-Kills</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <source>RSS</source>
        <translation>RSS</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>OOM adj</source>
        <translation>OOM-Adj.</translation>
    </message>
    <message>
        <source>What the process had in RAM when it was killed: anonymous, file and shared memory.</source>
        <translation>Was der Prozess im RAM hatte, als er beendet wurde: anonymer Speicher, Dateien und Shared Memory.</translation>
    </message>
    <message>
        <source>Reading the kernel log…</source>
        <translation>Kernel-Log wird gelesen …</translation>
    </message>
    <message>
        <source>Now: some %1 %, full %2 % of the last 10 seconds.</source>
        <translation>Jetzt: some %1&#xa0;%, full %2&#xa0;% der letzten 10 Sekunden.</translation>
    </message>
    <message>
        <source>Memory pressure is unavailable: %1</source>
        <translation>Speicherdruck ist nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>zram (compressed RAM)</source>
        <translation>zram (komprimierter RAM)</translation>
    </message>
    <message>
        <source>unknown algorithm</source>
        <translation>unbekannter Algorithmus</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2): %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2): %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: not set up.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: nicht eingerichtet.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2, %3): holds %4 of data compressed to %5 (ratio %6); with its overhead it takes %7 of RAM.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2, %3): enthält %4 Daten, komprimiert auf %5 (Verhältnis %6); mit Verwaltungsaufwand belegt es %7 RAM.</translation>
    </message>
    <message>
        <source>&lt;b&gt;zram&lt;/b&gt;: no zram devices.</source>
        <translation>&lt;b&gt;zram&lt;/b&gt;: keine zram-Geräte.</translation>
    </message>
    <message>
        <source>&lt;b&gt;zram&lt;/b&gt;: %1</source>
        <translation>&lt;b&gt;zram&lt;/b&gt;: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;zswap&lt;/b&gt; holds nothing: it is off, or nothing has been swapped out since it was turned on.</source>
        <translation>&lt;b&gt;zswap&lt;/b&gt; enthält nichts: Es ist ausgeschaltet, oder seit dem Einschalten wurde nichts ausgelagert.</translation>
    </message>
    <message>
        <source>&lt;b&gt;zswap&lt;/b&gt; keeps %1 of swapped pages compressed in %2 of RAM (ratio %3) before they reach the swap device.</source>
        <translation>&lt;b&gt;zswap&lt;/b&gt; hält %1 ausgelagerter Seiten komprimiert in %2 RAM (Verhältnis %3), bevor sie das Swap-Gerät erreichen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;zswap&lt;/b&gt;: this kernel does not report it (Zswap and Zswapped in meminfo, Linux 5.19 and later).</source>
        <translation>&lt;b&gt;zswap&lt;/b&gt;: Dieser Kernel meldet es nicht (Zswap und Zswapped in meminfo, ab Linux 5.19).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The OOM killer has ended &lt;b&gt;%1&lt;/b&gt; processes since boot.</source>
        <translation>Der OOM-Killer hat seit dem Booten &lt;b&gt;%1&lt;/b&gt; Prozesse beendet.</translation>
    </message>
    <message>
        <source>This kernel does not count OOM kills (oom_kill in /proc/vmstat, Linux 4.13 and later).</source>
        <translation>Dieser Kernel zählt keine OOM-Kills (oom_kill in /proc/vmstat, ab Linux 4.13).</translation>
    </message>
    <message>
        <source>In control groups: %1</source>
        <translation>In Control Groups: %1</translation>
    </message>
    <message>
        <source>anonymous %1, file %2, shared memory %3</source>
        <translation>anonym %1, Dateien %2, Shared Memory %3</translation>
    </message>
    <message>
        <source>%1; the process was in %2</source>
        <translation>%1; der Prozess war in %2</translation>
    </message>
    <message>
        <source>No OOM kills in the %1.</source>
        <translation>Keine OOM-Kills im %1.</translation>
    </message>
    <message>
        <source>From the %1.</source>
        <translation>Aus dem %1.</translation>
    </message>
    <message>
        <source>Some messages were only partly understood: %1</source>
        <translation>Einige Meldungen wurden nur teilweise verstanden: %1</translation>
    </message>
    <message>
        <source>Swap devices note</source>
        <translation>Hinweis zu Swap-Geräten</translation>
    </message>
    <message>
        <source>Unavailable: %1</source>
        <translation>Nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>None active: memory that is not cache can only stay in RAM.</source>
        <translation>Keines aktiv: Speicher, der kein Cache ist, kann nur im RAM bleiben.</translation>
    </message>
    <message>
        <source>The whole system ran out of memory, or a control group reached its limit (the kernel&apos;s OOM killer); or systemd-oomd or earlyoom acted first, on pressure, swap or available memory.</source>
        <translation>Dem ganzen System ist der Speicher ausgegangen, oder eine Control Group hat ihr Limit erreicht (der OOM-Killer des Kernels); oder systemd-oomd oder earlyoom sind vorher eingeschritten, wegen Druck, Swap oder verfügbarem Speicher.</translation>
    </message>
    <message>
        <source>Memory pressure now</source>
        <translation>Speicherdruck jetzt</translation>
    </message>
    <message>
        <source>At this rate, available memory and free swap run out in about %1 s.</source>
        <translation>Bei diesem Tempo sind verfügbarer Speicher und freier Swap in etwa %1&#xa0;s aufgebraucht.</translation>
    </message>
    <message>
        <source>At this rate, available memory and free swap run out in about %1 min.</source>
        <translation>Bei diesem Tempo sind verfügbarer Speicher und freier Swap in etwa %1&#xa0;min aufgebraucht.</translation>
    </message>
</context>
<context>
    <name>PressureTrigger</name>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is not the kernel&apos;s pressure file</source>
        <translation>%1 ist nicht die Druckdatei des Kernels</translation>
    </message>
    <message>
        <source>this kernel lets only root set a pressure trigger (Linux 6.5 and later let any user)</source>
        <translation>dieser Kernel lässt nur root einen Druck-Trigger setzen (ab Linux 6.5 darf es jeder Benutzer)</translation>
    </message>
    <message>
        <source>the kernel refused a pressure trigger on %1: %2</source>
        <translation>der Kernel hat einen Druck-Trigger auf %1 abgelehnt: %2</translation>
    </message>
</context>
<context>
    <name>PrivilegedReply</name>
    <message>
        <source>the helper&apos;s client gave an answer MemLens does not understand: %1</source>
        <translation>der Client des Helfers gab eine Antwort, die MemLens nicht versteht: %1</translation>
    </message>
    <message>
        <source>You are not allowed to make this change: the system&apos;s policy refused it.</source>
        <translation>Sie dürfen diese Änderung nicht vornehmen: Die Richtlinie des Systems hat sie abgelehnt.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>Abgebrochen: Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>MemLens&apos;s privileged helper is not installed. Install it with: sudo cmake --install build/dev --component memlens-helper --prefix /usr (./build.sh run does this for you).</source>
        <translation>Der privilegierte Helfer von MemLens ist nicht installiert. Installieren Sie ihn mit: sudo cmake --install build/dev --component memlens-helper --prefix /usr (./build.sh run erledigt das für Sie).</translation>
    </message>
    <message>
        <source>memlens-kauth-client was not found next to MemLens; rebuild MemLens (./build.sh run).</source>
        <translation>memlens-kauth-client wurde nicht neben MemLens gefunden; erstellen Sie MemLens neu (./build.sh run).</translation>
    </message>
    <message>
        <source>The helper is busy with another change; try again in a moment.</source>
        <translation>Der Helfer ist mit einer anderen Änderung beschäftigt; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The helper refused the request: %1</source>
        <translation>Der Helfer hat die Anfrage abgelehnt: %1</translation>
    </message>
    <message>
        <source>The kernel refused the value: %1</source>
        <translation>Der Kernel hat den Wert abgelehnt: %1</translation>
    </message>
    <message>
        <source>The process has ended (or its number now belongs to another process): %1</source>
        <translation>Der Prozess ist beendet (oder seine Nummer gehört jetzt einem anderen Prozess): %1</translation>
    </message>
    <message>
        <source>The change failed: %1</source>
        <translation>Die Änderung ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>PrivilegedRequest</name>
    <message>
        <source>Set vm.swappiness to %1</source>
        <translation>vm.swappiness auf %1 setzen</translation>
    </message>
    <message>
        <source>use them %1</source>
        <translation>verwenden: %1</translation>
    </message>
    <message>
        <source>defragment %1</source>
        <translation>defragmentieren: %1</translation>
    </message>
    <message>
        <source>Set transparent huge pages: %1</source>
        <translation>Transparent Huge Pages setzen: %1</translation>
    </message>
    <message>
        <source>the page cache</source>
        <translation>den Seitencache</translation>
    </message>
    <message>
        <source>dentries and inodes</source>
        <translation>Dentries und Inodes</translation>
    </message>
    <message>
        <source>the page cache, dentries and inodes</source>
        <translation>den Seitencache, Dentries und Inodes</translation>
    </message>
    <message>
        <source>Drop %1</source>
        <translation>%1 leeren</translation>
    </message>
    <message>
        <source>Set the OOM score adjustment of %1 (PID %2) to %3</source>
        <translation>OOM-Score-Anpassung von %1 (PID %2) auf %3 setzen</translation>
    </message>
</context>
<context>
    <name>ProcessDetailsPanel</name>
    <message>
        <source>RSS</source>
        <translation>RSS</translation>
    </message>
    <message>
        <source>PSS</source>
        <translation>PSS</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>Swap</translation>
    </message>
    <message>
        <source>Adjust &amp;OOM score…</source>
        <translation>&amp;OOM-Score anpassen …</translation>
    </message>
    <message>
        <source>Process details</source>
        <translation>Prozessdetails</translation>
    </message>
    <message>
        <source>Resident set size: everything of this process in RAM, shared pages counted in full.</source>
        <translation>Resident Set Size: alles von diesem Prozess im RAM, gemeinsam genutzte Seiten voll gezählt.</translation>
    </message>
    <message>
        <source>Proportional set size: resident memory with each shared page divided among the processes that map it.</source>
        <translation>Proportional Set Size: residenter Speicher, bei dem jede gemeinsam genutzte Seite auf die Prozesse aufgeteilt wird, die sie mappen.</translation>
    </message>
    <message>
        <source>  anonymous</source>
        <translation>  anonym</translation>
    </message>
    <message>
        <source>The part of PSS that is the process&apos;s own data: heap, stack, private copies.</source>
        <translation>Der Teil des PSS, der aus den eigenen Daten des Prozesses besteht: Heap, Stack, private Kopien.</translation>
    </message>
    <message>
        <source>  file</source>
        <translation>  Dateien</translation>
    </message>
    <message>
        <source>The part of PSS that is file contents: the program, its libraries, mapped files.</source>
        <translation>Der Teil des PSS, der aus Dateiinhalten besteht: das Programm, seine Bibliotheken, gemappte Dateien.</translation>
    </message>
    <message>
        <source>  shared memory</source>
        <translation>  Shared Memory</translation>
    </message>
    <message>
        <source>The part of PSS in shared memory and tmpfs.</source>
        <translation>Der Teil des PSS in Shared Memory und tmpfs.</translation>
    </message>
    <message>
        <source>USS</source>
        <translation>USS</translation>
    </message>
    <message>
        <source>Unique set size: pages only this process maps. Ending it frees at least this much.</source>
        <translation>Unique Set Size: Seiten, die nur dieser Prozess mappt. Ihn zu beenden gibt mindestens so viel frei.</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Geteilt</translation>
    </message>
    <message>
        <source>Resident pages also mapped by other processes.</source>
        <translation>Residente Seiten, die auch andere Prozesse mappen.</translation>
    </message>
    <message>
        <source>Memory of this process moved out to swap.</source>
        <translation>Speicher dieses Prozesses, der in den Swap ausgelagert wurde.</translation>
    </message>
    <message>
        <source>Swap PSS</source>
        <translation>Swap-PSS</translation>
    </message>
    <message>
        <source>Swap with each shared swapped page divided among the processes that map it.</source>
        <translation>Swap, bei dem jede gemeinsam ausgelagerte Seite auf die Prozesse aufgeteilt wird, die sie mappen.</translation>
    </message>
    <message>
        <source>OOM score</source>
        <translation>OOM-Score</translation>
    </message>
    <message>
        <source>How likely the kernel is to end this process when memory runs out; the highest score goes first.</source>
        <translation>Wie wahrscheinlich der Kernel diesen Prozess beendet, wenn der Speicher ausgeht; der höchste Score ist zuerst an der Reihe.</translation>
    </message>
    <message>
        <source>OOM adj</source>
        <translation>OOM-Adj.</translation>
    </message>
    <message>
        <source>oom_score_adj: added to the score, from −1000 (never chosen) to 1000 (chosen first).</source>
        <translation>oom_score_adj: wird zum Score addiert, von −1000 (nie gewählt) bis 1000 (zuerst gewählt).</translation>
    </message>
    <message>
        <source>Since selected</source>
        <translation>Seit Auswahl</translation>
    </message>
    <message>
        <source>RSS, PSS and swap of this process since you selected it. A line that only rises may be a leak.</source>
        <translation>RSS, PSS und Swap dieses Prozesses, seit Sie ihn ausgewählt haben. Eine Linie, die nur steigt, kann auf ein Speicherleck hindeuten.</translation>
    </message>
    <message>
        <source>Mappings</source>
        <translation>Mappings</translation>
    </message>
    <message>
        <source>Make the OOM killer more or less likely to end this process (asks for permission).</source>
        <translation>Macht es wahrscheinlicher oder unwahrscheinlicher, dass der OOM-Killer diesen Prozess beendet (fragt nach Berechtigung).</translation>
    </message>
    <message>
        <source>Process %1</source>
        <translation>Prozess %1</translation>
    </message>
    <message>
        <source>No process selected</source>
        <translation>Kein Prozess ausgewählt</translation>
    </message>
    <message>
        <source>Select a process in the table to see its memory in detail.</source>
        <translation>Wählen Sie einen Prozess in der Tabelle aus, um seinen Speicher im Detail zu sehen.</translation>
    </message>
    <message>
        <source>Reading mappings…</source>
        <translation>Mappings werden gelesen …</translation>
    </message>
    <message>
        <source>This process has ended.</source>
        <translation>Dieser Prozess wurde beendet.</translation>
    </message>
    <message>
        <source>%1 — PID %2, user %3</source>
        <translation>%1 – PID %2, Benutzer %3</translation>
    </message>
    <message>
        <source>This kernel does not split PSS this way (Linux 5.8 and later do).</source>
        <translation>Dieser Kernel teilt den PSS nicht so auf (ab Linux 5.8 schon).</translation>
    </message>
    <message>
        <source>Mappings grouped by what backs them; expand a file to see each of its address ranges.</source>
        <translation>Mappings, gruppiert nach dem, was hinter ihnen steht; klappen Sie eine Datei auf, um jeden ihrer Adressbereiche zu sehen.</translation>
    </message>
    <message>
        <source>Mappings unavailable: %1</source>
        <translation>Mappings nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>Per NUMA node</source>
        <translation>Pro NUMA-Knoten</translation>
    </message>
    <message>
        <source>Where this process&apos;s resident memory is, node by node, from /proc/PID/numa_maps.</source>
        <translation>Wo der residente Speicher dieses Prozesses liegt, Knoten für Knoten, aus /proc/PID/numa_maps.</translation>
    </message>
    <message>
        <source>node %1: %2</source>
        <translation>Knoten %1: %2</translation>
    </message>
    <message>
        <source>none resident</source>
        <translation>nichts resident</translation>
    </message>
    <message>
        <source>Select a process to follow its memory here.</source>
        <translation>Wählen Sie einen Prozess, um hier seinen Speicher zu verfolgen.</translation>
    </message>
    <message>
        <source>Collecting: the line starts with the next refreshes.</source>
        <translation>Daten werden gesammelt: Die Linie beginnt mit den nächsten Aktualisierungen.</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>GPU memory of the graphics clients this process holds open, from the kernel&apos;s DRM statistics.</source>
        <translation>GPU-Speicher der Grafik-Clients, die dieser Prozess geöffnet hält, aus den DRM-Statistiken des Kernels.</translation>
    </message>
    <message>
        <source>  on the card</source>
        <translation>  auf der Karte</translation>
    </message>
    <message>
        <source>Video memory on the graphics card (VRAM), outside the machine&apos;s RAM.</source>
        <translation>Videospeicher auf der Grafikkarte (VRAM), außerhalb des Arbeitsspeichers.</translation>
    </message>
    <message>
        <source>  in system RAM</source>
        <translation>  im Arbeitsspeicher</translation>
    </message>
    <message>
        <source>Buffers the driver keeps in the machine&apos;s RAM for the GPU (GTT).</source>
        <translation>Puffer, die der Treiber für die GPU im Arbeitsspeicher hält (GTT).</translation>
    </message>
    <message>
        <source>Each GPU this process uses, with its memory region by region as the driver names them.</source>
        <translation>Jede GPU, die dieser Prozess nutzt, mit ihrem Speicher Bereich für Bereich, wie der Treiber sie benennt.</translation>
    </message>
    <message>
        <source>GPU clients other processes hold too (after a fork, or a descriptor passed): every sum counts them once.</source>
        <translation>GPU-Clients, die auch andere Prozesse halten (nach einem fork oder einem weitergereichten Deskriptor): Jede Summe zählt sie einmal.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 an %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>without an id</source>
        <translation>ohne Kennung</translation>
    </message>
    <message>
        <source>%1, client %2: %3</source>
        <translation>%1, Client %2: %3</translation>
    </message>
    <message>
        <source>the driver says nothing of its memory</source>
        <translation>der Treiber sagt nichts über seinen Speicher</translation>
    </message>
    <message>
        <source>Client %1 is also held by process %2; sums count it once.</source>
        <translation>Client %1 wird auch von Prozess %2 gehalten; Summen zählen ihn einmal.</translation>
    </message>
    <message>
        <source>GPU %1: %2.</source>
        <translation>GPU %1: %2.</translation>
    </message>
    <message>
        <source>nothing resident</source>
        <translation>nichts resident</translation>
    </message>
</context>
<context>
    <name>ProcessGroup</name>
    <message>
        <source>not defined for a group</source>
        <translation>für eine Gruppe nicht definiert</translation>
    </message>
    <message numerus="yes">
        <source>unreadable for %1 of %n processes, so no sum: %2</source>
        <translation>
            <numerusform>für %1 von %n Prozess nicht lesbar, daher keine Summe: %2</numerusform>
            <numerusform>für %1 von %n Prozessen nicht lesbar, daher keine Summe: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProcessGrouping</name>
    <message>
        <source>Kernel threads</source>
        <translation>Kernel-Threads</translation>
    </message>
</context>
<context>
    <name>ProcessModel</name>
    <message numerus="yes">
        <source>%n processes</source>
        <translation>
            <numerusform>%n Prozess</numerusform>
            <numerusform>%n Prozesse</numerusform>
        </translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>RSS</source>
        <translation>RSS</translation>
    </message>
    <message>
        <source>PSS</source>
        <translation>PSS</translation>
    </message>
    <message>
        <source>USS</source>
        <translation>USS</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>Swap</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Geteilt</translation>
    </message>
    <message>
        <source>OOM score</source>
        <translation>OOM-Score</translation>
    </message>
    <message>
        <source>OOM adj</source>
        <translation>OOM-Adj.</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Resident set size: memory of this process that is in RAM, counting shared pages in full.</source>
        <translation>Resident Set Size: Speicher dieses Prozesses, der im RAM liegt, gemeinsam genutzte Seiten voll gezählt.</translation>
    </message>
    <message>
        <source>Proportional set size: resident memory with each shared page divided among the processes that map it. PSS of all processes adds up to the memory they really use.</source>
        <translation>Proportional Set Size: residenter Speicher, bei dem jede gemeinsam genutzte Seite auf die Prozesse aufgeteilt wird, die sie mappen. Der PSS aller Prozesse ergibt zusammen den Speicher, den sie wirklich belegen.</translation>
    </message>
    <message>
        <source>Unique set size: memory only this process maps; what ending it would free.</source>
        <translation>Unique Set Size: Speicher, den nur dieser Prozess mappt; das, was sein Ende freigeben würde.</translation>
    </message>
    <message>
        <source>Memory of this process that has been moved out to swap.</source>
        <translation>Speicher dieses Prozesses, der in den Swap ausgelagert wurde.</translation>
    </message>
    <message>
        <source>Resident pages this process shares with at least one other process.</source>
        <translation>Residente Seiten, die dieser Prozess mit mindestens einem anderen Prozess teilt.</translation>
    </message>
    <message>
        <source>How likely the kernel is to end this process when memory runs out (0–1000 and up; higher is likelier).</source>
        <translation>Wie wahrscheinlich der Kernel diesen Prozess beendet, wenn der Speicher ausgeht (0–1000 und mehr; höher ist wahrscheinlicher).</translation>
    </message>
    <message>
        <source>The adjustment added to the OOM score, from −1000 (never chosen) to 1000 (chosen first).</source>
        <translation>Die Anpassung, die zum OOM-Score addiert wird, von −1000 (nie gewählt) bis 1000 (zuerst gewählt).</translation>
    </message>
    <message>
        <source>Read at %1</source>
        <translation>Gelesen um %1</translation>
    </message>
    <message>
        <source>Huge pages</source>
        <translation>Huge Pages</translation>
    </message>
    <message>
        <source>Anonymous memory of this process in transparent huge pages (AnonHugePages): huge pages (2 MiB on x86-64) the kernel gave it on its own.</source>
        <translation>Anonymer Speicher dieses Prozesses in transparenten Huge Pages (AnonHugePages): Huge Pages (2 MiB auf x86-64), die der Kernel ihm von sich aus gegeben hat.</translation>
    </message>
    <message>
        <source>No GPU open</source>
        <translation>Keine GPU geöffnet</translation>
    </message>
    <message>
        <source>On the card: %1</source>
        <translation>Auf der Karte: %1</translation>
    </message>
    <message>
        <source>In system RAM: %1</source>
        <translation>Im Arbeitsspeicher: %1</translation>
    </message>
    <message>
        <source>Shared with process %1, which holds the same GPU client: sums count it once.</source>
        <translation>Geteilt mit Prozess %1, der denselben GPU-Client hält: Summen zählen ihn einmal.</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>GPU memory of the graphics clients this process holds open (/dev/dri), on the card and in system RAM, from the kernel&apos;s DRM statistics. A client several processes hold is counted once in every sum.</source>
        <translation>GPU-Speicher der Grafik-Clients, die dieser Prozess geöffnet hält (/dev/dri), auf der Karte und im Arbeitsspeicher, aus den DRM-Statistiken des Kernels. Ein Client, den mehrere Prozesse halten, wird in jeder Summe einmal gezählt.</translation>
    </message>
</context>
<context>
    <name>ProcessReader</name>
    <message>
        <source>%1 is malformed (%2)</source>
        <translation>%1 ist fehlerhaft (%2)</translation>
    </message>
    <message>
        <source>a kernel thread has no user-space memory</source>
        <translation>ein Kernel-Thread hat keinen Userspace-Speicher</translation>
    </message>
    <message>
        <source>the process has exited; its parent has not yet collected it</source>
        <translation>der Prozess ist beendet; sein Elternprozess hat ihn noch nicht eingesammelt</translation>
    </message>
    <message>
        <source>%1 has no %2 line</source>
        <translation>%1 hat keine Zeile %2</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 ist leer</translation>
    </message>
    <message>
        <source>neither %1 nor %2 exists</source>
        <translation>weder %1 noch %2 existiert</translation>
    </message>
    <message>
        <source>process %1 has ended</source>
        <translation>Prozess %1 ist beendet</translation>
    </message>
</context>
<context>
    <name>ProcessesPage</name>
    <message>
        <source>Show &amp;all processes</source>
        <translation>&amp;Alle Prozesse anzeigen</translation>
    </message>
    <message>
        <source>Filter by name, user, command or cgroup</source>
        <translation>Nach Name, Benutzer, Befehl oder cgroup filtern</translation>
    </message>
    <message>
        <source>Filter processes</source>
        <translation>Prozesse filtern</translation>
    </message>
    <message>
        <source>Show processes as</source>
        <translation>Prozesse anzeigen als</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Tree by parent</source>
        <translation>Baum nach Elternprozess</translation>
    </message>
    <message>
        <source>By application</source>
        <translation>Nach Anwendung</translation>
    </message>
    <message>
        <source>By user</source>
        <translation>Nach Benutzer</translation>
    </message>
    <message>
        <source>&amp;Show as:</source>
        <translation>Dar&amp;stellung:</translation>
    </message>
    <message>
        <source>&amp;Kernel threads</source>
        <translation>&amp;Kernel-Threads</translation>
    </message>
    <message>
        <source>Kernel threads have no user-space memory; their figures are all unavailable.</source>
        <translation>Kernel-Threads haben keinen Userspace-Speicher; ihre Werte sind alle nicht verfügbar.</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Prozesse</translation>
    </message>
    <message>
        <source>Adjust &amp;OOM score of %1…</source>
        <translation>&amp;OOM-Score von %1 anpassen …</translation>
    </message>
    <message>
        <source>Read PSS and USS of other users&apos; processes too, and the kernel&apos;s caches: MemLens reads as root from now on (asks for the administrator password once).</source>
        <translation>Auch PSS und USS der Prozesse anderer Benutzer lesen, dazu die Caches des Kernels: MemLens liest ab jetzt als root (fragt einmal nach dem Administratorpasswort).</translation>
    </message>
</context>
<context>
    <name>PssRssChart</name>
    <message>
        <source>RSS</source>
        <translation>RSS</translation>
    </message>
    <message>
        <source>PSS</source>
        <translation>PSS</translation>
    </message>
    <message>
        <source>USS</source>
        <translation>USS</translation>
    </message>
    <message>
        <source>Overcount of RSS</source>
        <translation>Überzählung durch RSS</translation>
    </message>
    <message>
        <source>PSS against RSS</source>
        <translation>PSS im Vergleich zu RSS</translation>
    </message>
    <message>
        <source>RSS counts every page a process has in RAM, shared or not. PSS divides each shared page among the processes that map it. USS is what only this process maps. The bars follow the table&apos;s order and filter.</source>
        <translation>RSS zählt jede Seite, die ein Prozess im RAM hat, ob geteilt oder nicht. PSS teilt jede gemeinsam genutzte Seite auf die Prozesse auf, die sie mappen. USS ist das, was nur dieser Prozess mappt. Die Balken folgen der Sortierung und dem Filter der Tabelle.</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <source>GiB</source>
        <translation>GiB</translation>
    </message>
    <message>
        <source> Left out: processes whose PSS could not be read (%1).</source>
        <translation> Ausgelassen: Prozesse, deren PSS nicht gelesen werden konnte (%1).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Overcount: %1.&lt;/b&gt; Added up, the RSS of these %2 processes is %3, but they use %4 by PSS: pages shared between processes are counted once per process in RSS.%5</source>
        <translation>&lt;b&gt;Überzählung: %1.&lt;/b&gt; Zusammengezählt beträgt der RSS dieser %2 Prozesse %3, nach PSS belegen sie aber %4: Seiten, die sich Prozesse teilen, werden im RSS einmal pro Prozess gezählt.%5</translation>
    </message>
</context>
<context>
    <name>RecordedMoment</name>
    <message>
        <source>the recording holds no sample up to that moment</source>
        <translation>die Aufzeichnung enthält bis zu diesem Zeitpunkt keine Messung</translation>
    </message>
</context>
<context>
    <name>RecordingReader</name>
    <message>
        <source>%1 holds no recording</source>
        <translation>%1 enthält keine Aufzeichnung</translation>
    </message>
    <message>
        <source>cannot open the recording %1: %2</source>
        <translation>die Aufzeichnung %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1: %2; the rest of it was skipped</source>
        <translation>%1: %2; der Rest davon wurde übersprungen</translation>
    </message>
    <message>
        <source>%1 ends in a record cut short (the recorder stopped while writing it); it was skipped</source>
        <translation>%1 endet mit einem abgeschnittenen Datensatz (die Aufzeichnung brach beim Schreiben ab); er wurde übersprungen</translation>
    </message>
</context>
<context>
    <name>RemoteHost</name>
    <message>
        <source>&quot;%1&quot; (%2)</source>
        <translation>„%1“ (%2)</translation>
    </message>
    <message>
        <source>The address contains a control character (%1).</source>
        <translation>Die Adresse enthält ein Steuerzeichen (%1).</translation>
    </message>
    <message>
        <source>The address contains an invisible text direction character (%1).</source>
        <translation>Die Adresse enthält ein unsichtbares Zeichen für die Textrichtung (%1).</translation>
    </message>
    <message>
        <source>The address contains a space (%1); host and user names have none.</source>
        <translation>Die Adresse enthält ein Leerzeichen (%1); Host- und Benutzernamen enthalten keine.</translation>
    </message>
    <message>
        <source>There is no user name before &quot;@&quot;.</source>
        <translation>Vor „@“ steht kein Benutzername.</translation>
    </message>
    <message>
        <source>There is no host name in the address.</source>
        <translation>Die Adresse enthält keinen Hostnamen.</translation>
    </message>
    <message>
        <source>A user name cannot start with &quot;-&quot;.</source>
        <translation>Ein Benutzername darf nicht mit „-“ beginnen.</translation>
    </message>
    <message>
        <source>A host name cannot start with &quot;-&quot;.</source>
        <translation>Ein Hostname darf nicht mit „-“ beginnen.</translation>
    </message>
    <message>
        <source>A user name cannot contain %1.</source>
        <translation>Ein Benutzername darf %1 nicht enthalten.</translation>
    </message>
    <message>
        <source>A host name cannot contain %1.</source>
        <translation>Ein Hostname darf %1 nicht enthalten.</translation>
    </message>
    <message>
        <source>Enter the machine to connect to, as host, user@host or user@host:port.</source>
        <translation>Geben Sie die Maschine ein, mit der verbunden werden soll, als Host, Benutzer@Host oder Benutzer@Host:Port.</translation>
    </message>
    <message>
        <source>The address contains more than one &quot;@&quot;; write it as user@host.</source>
        <translation>Die Adresse enthält mehr als ein „@“; schreiben Sie sie als Benutzer@Host.</translation>
    </message>
    <message>
        <source>&quot;[&quot; opens an IPv6 address that no &quot;]&quot; closes.</source>
        <translation>„[“ öffnet eine IPv6-Adresse, die kein „]“ schließt.</translation>
    </message>
    <message>
        <source>The text in brackets is not an IPv6 address.</source>
        <translation>Der Text in eckigen Klammern ist keine IPv6-Adresse.</translation>
    </message>
    <message>
        <source>Only &quot;:&quot; and a port can follow an IPv6 address in brackets.</source>
        <translation>Auf eine IPv6-Adresse in eckigen Klammern können nur „:“ und ein Port folgen.</translation>
    </message>
    <message>
        <source>The address has more than one &quot;:&quot; but is not an IPv6 address; write an IPv6 address with a port as [address]:port.</source>
        <translation>Die Adresse enthält mehr als ein „:“, ist aber keine IPv6-Adresse; schreiben Sie eine IPv6-Adresse mit Port als [Adresse]:Port.</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>Der Port muss eine Zahl von 1 bis 65535 sein.</translation>
    </message>
    <message>
        <source>the host name of %1 does not resolve to an address: check its spelling, or give the host a Host entry in ~/.ssh/config</source>
        <translation>der Hostname von %1 lässt sich nicht in eine Adresse auflösen: Prüfen Sie die Schreibweise, oder legen Sie für den Host einen Host-Eintrag in ~/.ssh/config an</translation>
    </message>
    <message>
        <source>%1 could not be reached: check that the machine is on and on the network, that its ssh server runs, and the port</source>
        <translation>%1 ist nicht erreichbar: Prüfen Sie, ob die Maschine eingeschaltet und mit dem Netzwerk verbunden ist und ob ihr ssh-Server läuft, und prüfen Sie den Port</translation>
    </message>
    <message>
        <source>%1 did not accept the login: check the user name, and that your public key is in ~/.ssh/authorized_keys there (ssh-copy-id puts it there)</source>
        <translation>%1 hat die Anmeldung nicht angenommen: Prüfen Sie den Benutzernamen und ob Ihr öffentlicher Schlüssel dort in ~/.ssh/authorized_keys steht (ssh-copy-id legt ihn dort ab)</translation>
    </message>
    <message>
        <source>ssh could not confirm that %1 is the machine it claims to be: connect once in a terminal with &quot;%2&quot;, compare the key&apos;s fingerprint with the one the machine shows, and accept it</source>
        <translation>ssh konnte nicht bestätigen, dass %1 die Maschine ist, für die sie sich ausgibt: Verbinden Sie sich einmal in einem Terminal mit „%2“, vergleichen Sie den Fingerabdruck des Schlüssels mit dem, den die Maschine anzeigt, und akzeptieren Sie ihn</translation>
    </message>
    <message>
        <source>the host key of %1 has changed since the last connection, so ssh refused to connect: the machine was reinstalled, or someone is intercepting the connection. Only if you know the key changed, remove the old one with &quot;%2&quot; and connect once in a terminal with &quot;%3&quot;</source>
        <translation>der Host-Schlüssel von %1 hat sich seit der letzten Verbindung geändert, daher hat ssh die Verbindung verweigert: Die Maschine wurde neu installiert, oder jemand fängt die Verbindung ab. Nur wenn Sie wissen, dass sich der Schlüssel geändert hat, entfernen Sie den alten mit „%2“ und verbinden Sie sich einmal in einem Terminal mit „%3“</translation>
    </message>
    <message>
        <source>memlens-agent was not found on %1: install MemLens there so that memlens-agent is on the PATH (install the memlens package there, or run &quot;cmake --install&quot; of MemLens on it)</source>
        <translation>memlens-agent wurde auf %1 nicht gefunden: Installieren Sie MemLens dort so, dass memlens-agent im PATH liegt (installieren Sie dort das Paket memlens, oder führen Sie dort „cmake --install“ von MemLens aus)</translation>
    </message>
    <message>
        <source>the connection to %1 was lost: check the network, then connect again</source>
        <translation>die Verbindung zu %1 ist abgebrochen: Prüfen Sie das Netzwerk und verbinden Sie sich dann erneut</translation>
    </message>
    <message>
        <source>ssh ended with code %1</source>
        <translation>ssh wurde mit Code %1 beendet</translation>
    </message>
    <message>
        <source>ssh ended with code %1: %2</source>
        <translation>ssh wurde mit Code %1 beendet: %2</translation>
    </message>
</context>
<context>
    <name>ReplaySource</name>
    <message>
        <source>the recording has ended</source>
        <translation>die Aufzeichnung ist zu Ende</translation>
    </message>
</context>
<context>
    <name>RollingRecorder</name>
    <message>
        <source>cannot write the recording %1: %2</source>
        <translation>die Aufzeichnung %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot create the recording&apos;s directory %1</source>
        <translation>das Verzeichnis der Aufzeichnung %1 kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>RootAgent</name>
    <message>
        <source>the administrator password was not given, so other users&apos; processes stay hidden</source>
        <translation>das Administratorpasswort wurde nicht eingegeben, daher bleiben die Prozesse anderer Benutzer verborgen</translation>
    </message>
    <message>
        <source>no authentication agent is running to ask for the administrator password; log in to a desktop session, or run &quot;memlens --snapshot --all-processes&quot; in a terminal</source>
        <translation>es läuft kein Authentifizierungsagent, der nach dem Administratorpasswort fragen könnte; melden Sie sich an einer Desktop-Sitzung an, oder führen Sie „memlens --snapshot --all-processes“ in einem Terminal aus</translation>
    </message>
    <message>
        <source>you are not allowed to read every process&apos;s memory on this machine (polkit said no)</source>
        <translation>Sie dürfen auf dieser Maschine nicht den Speicher aller Prozesse lesen (polkit hat abgelehnt)</translation>
    </message>
    <message>
        <source>the root agent could not be started through pkexec: %1</source>
        <translation>der Root-Agent konnte nicht über pkexec gestartet werden: %1</translation>
    </message>
    <message>
        <source>the root agent ended (exit code %1)</source>
        <translation>der Root-Agent wurde beendet (Exit-Code %1)</translation>
    </message>
    <message>
        <source>the root agent ended (exit code %1): %2</source>
        <translation>der Root-Agent wurde beendet (Exit-Code %1): %2</translation>
    </message>
</context>
<context>
    <name>SharedMemoryReader</name>
    <message>
        <source>%1 could not be listed: %2</source>
        <translation>%1 konnte nicht aufgelistet werden: %2</translation>
    </message>
    <message>
        <source>not measured: %1 is a recording, not this machine&apos;s file systems</source>
        <translation>nicht gemessen: %1 ist eine Aufzeichnung, nicht die Dateisysteme dieses Rechners</translation>
    </message>
    <message>
        <source>hidden under a later mount, so it cannot be measured</source>
        <translation>von einem später eingehängten Dateisystem verdeckt, daher nicht messbar</translation>
    </message>
    <message>
        <source>%1 could not be measured: %2</source>
        <translation>%1 konnte nicht gemessen werden: %2</translation>
    </message>
    <message>
        <source>mounted without a size limit (size=0), so the kernel keeps no count of its blocks</source>
        <translation>ohne Größenbegrenzung eingehängt (size=0), daher zählt der Kernel seine Blöcke nicht</translation>
    </message>
</context>
<context>
    <name>SharedMemoryView</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Shared memory summary</source>
        <translation>Zusammenfassung des Shared Memory</translation>
    </message>
    <message>
        <source>System V segments</source>
        <translation>System-V-Segmente</translation>
    </message>
    <message>
        <source>POSIX shared memory (/dev/shm)</source>
        <translation>POSIX-Shared-Memory (/dev/shm)</translation>
    </message>
    <message>
        <source>tmpfs file systems</source>
        <translation>tmpfs-Dateisysteme</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; of shared memory in all (Shmem in /proc/meminfo).</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; Shared Memory insgesamt (Shmem in /proc/meminfo).</translation>
    </message>
    <message>
        <source>The total of shared memory is unknown.</source>
        <translation>Die Summe des Shared Memory ist unbekannt.</translation>
    </message>
    <message numerus="yes">
        <source>System V segments no process has attached: %n. They keep their memory until removed (ipcrm -m ID).</source>
        <translation>
            <numerusform>System-V-Segmente, die kein Prozess angehängt hat: %n. Sie behalten ihren Speicher, bis sie entfernt werden (ipcrm -m ID).</numerusform>
            <numerusform>System-V-Segmente, die kein Prozess angehängt hat: %n. Sie behalten ihren Speicher, bis sie entfernt werden (ipcrm -m ID).</numerusform>
        </translation>
    </message>
    <message>
        <source>Shared memory lives in RAM (or swap) like a program&apos;s own. System V segments and the files in /dev/shm and other tmpfs belong to no single program: they stay until removed, even after every program using them has ended. Shmem also counts memory these lists cannot show, which goes with its last user: shared anonymous mappings, memfd files and graphics buffers.</source>
        <translation>Shared Memory liegt im RAM (oder Swap) wie der eigene eines Programms. System-V-Segmente und die Dateien in /dev/shm und anderen tmpfs gehören keinem einzelnen Programm: sie bleiben, bis sie entfernt werden, auch wenn alle Programme, die sie nutzten, beendet sind. Shmem zählt auch Speicher, den diese Listen nicht zeigen können und der mit seinem letzten Nutzer geht: gemeinsam genutzte anonyme Mappings, memfd-Dateien und Grafikpuffer.</translation>
    </message>
    <message>
        <source>Unavailable: %1</source>
        <translation>Nicht verfügbar: %1</translation>
    </message>
</context>
<context>
    <name>SlabCacheModel</name>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Counted in SReclaimable: the kernel frees it when memory runs short.</source>
        <translation>Zählt zu SReclaimable: der Kernel gibt es bei Speichermangel frei.</translation>
    </message>
    <message>
        <source>Counted in SUnreclaim: freed only when its objects are.</source>
        <translation>Zählt zu SUnreclaim: erst frei, wenn seine Objekte es sind.</translation>
    </message>
    <message>
        <source>Allocated objects against the room the cache&apos;s slabs have: the rest is held, but free.</source>
        <translation>Belegte Objekte im Verhältnis zum Platz in den Slabs des Caches: der Rest gehört dem Cache, ist aber unbelegt.</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Objects in use</source>
        <translation>Objekte in Gebrauch</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objekte</translation>
    </message>
    <message>
        <source>Object size</source>
        <translation>Objektgröße</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <source>Reclaimable</source>
        <translation>Zurückgewinnbar</translation>
    </message>
</context>
<context>
    <name>SnapshotReport</name>
    <message>
        <source>Memory: %1 total, %2 available, %3 free, %4 in page cache; swap %5 used of %6
</source>
        <translation>Speicher: %1 gesamt, %2 verfügbar, %3 frei, %4 im Seitencache; Swap %5 von %6 belegt
</translation>
    </message>
    <message>
        <source>(%1)
</source>
        <translation>(%1)
</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>Swap</translation>
    </message>
    <message>
        <source>USS</source>
        <translation>USS</translation>
    </message>
    <message>
        <source>PSS</source>
        <translation>PSS</translation>
    </message>
    <message>
        <source>RSS</source>
        <translation>RSS</translation>
    </message>
    <message>
        <source>(total, KiB)</source>
        <translation>(gesamt, KiB)</translation>
    </message>
    <message>
        <source>RSS − PSS overcount: %1. Summing RSS counts every shared page once for each process that maps it; PSS splits it among them, so its sum is the memory really in use.
</source>
        <translation>Überzählung RSS − PSS: %1. Die Summe der RSS zählt jede gemeinsam genutzte Seite einmal für jeden Prozess, der sie mappt; PSS teilt sie unter ihnen auf, daher ist ihre Summe der wirklich belegte Speicher.
</translation>
    </message>
    <message>
        <source>Processes whose PSS and USS could not be read: %1 (permission denied: another user&apos;s process, or one the kernel protects). They are shown as &apos;-&apos; and left out of those totals.
</source>
        <translation>Prozesse, deren PSS und USS nicht gelesen werden konnten: %1 (Zugriff verweigert: der Prozess eines anderen Benutzers oder einer, den der Kernel schützt). Sie erscheinen als „-“ und fehlen in diesen Summen.
</translation>
    </message>
    <message>
        <source>%1 has no %2 on this kernel</source>
        <translation>%1 enthält auf diesem Kernel kein %2</translation>
    </message>
    <message>
        <source>only strict overcommit (vm.overcommit_memory = 2) refuses allocations at the limit</source>
        <translation>nur striktes Overcommit (vm.overcommit_memory = 2) verweigert Zuweisungen am Limit</translation>
    </message>
    <message>
        <source>this kernel&apos;s /proc/sysvipc/shm has no rss and swap columns</source>
        <translation>/proc/sysvipc/shm hat bei diesem Kernel keine Spalten rss und swap</translation>
    </message>
    <message>
        <source>Kernel threads left out: %1. They have no user-space memory; --kernel-threads lists them.
</source>
        <translation>Ausgelassene Kernel-Threads: %1. Sie haben keinen Userspace-Speicher; --kernel-threads listet sie auf.
</translation>
    </message>
    <message>
        <source>the %1 driver writes no memory figures in fdinfo</source>
        <translation>der Treiber %1 schreibt keine Speicherwerte in fdinfo</translation>
    </message>
</context>
<context>
    <name>SnapshotStream</name>
    <message>
        <source>this is not a MemLens recording or snapshot stream</source>
        <translation>dies ist keine MemLens-Aufzeichnung und kein Snapshot-Stream</translation>
    </message>
    <message>
        <source>the stream is in format %1; this MemLens reads format %2</source>
        <translation>der Stream hat Format %1; dieses MemLens liest Format %2</translation>
    </message>
    <message>
        <source>the stream is damaged: a record does not begin where one should</source>
        <translation>der Stream ist beschädigt: Ein Eintrag beginnt nicht dort, wo einer beginnen sollte</translation>
    </message>
    <message>
        <source>the stream is damaged: a snapshot could not be read</source>
        <translation>der Stream ist beschädigt: Ein Snapshot konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>the stream is damaged: a process is listed twice</source>
        <translation>der Stream ist beschädigt: Ein Prozess ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>the stream is damaged: process changes came before any process snapshot</source>
        <translation>der Stream ist beschädigt: Prozessänderungen kamen vor jedem Prozess-Snapshot</translation>
    </message>
    <message>
        <source>the stream is damaged: a process is said unchanged that was never sent</source>
        <translation>der Stream ist beschädigt: Ein Prozess gilt als unverändert, wurde aber nie gesendet</translation>
    </message>
    <message>
        <source>the stream is damaged: library times came before any library snapshot</source>
        <translation>der Datenstrom ist beschädigt: Bibliothekszeiten kamen vor jedem Bibliotheksschnappschuss</translation>
    </message>
    <message>
        <source>the stream is damaged: a compressed record does not decompress</source>
        <translation>der Datenstrom ist beschädigt: ein komprimierter Datensatz lässt sich nicht entpacken</translation>
    </message>
</context>
<context>
    <name>SysVSegmentModel</name>
    <message>
        <source>No process has this segment attached: it holds its memory until someone removes it (ipcrm -m %1).</source>
        <translation>Kein Prozess hat dieses Segment angehängt: es hält seinen Speicher, bis jemand es entfernt (ipcrm -m %1).</translation>
    </message>
    <message>
        <source>this kernel&apos;s /proc/sysvipc/shm has no rss and swap columns</source>
        <translation>die Datei /proc/sysvipc/shm dieses Kernels hat keine Spalten rss und swap</translation>
    </message>
    <message>
        <source>private</source>
        <translation>privat</translation>
    </message>
    <message>
        <source>Processes that have the segment attached now.</source>
        <translation>Prozesse, die das Segment jetzt angehängt haben.</translation>
    </message>
    <message>
        <source>The process that last attached or detached it.</source>
        <translation>Der Prozess, der es zuletzt angehängt oder gelöst hat.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>Im RAM</translation>
    </message>
    <message>
        <source>Swapped</source>
        <translation>Ausgelagert</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>Angehängt</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>Ersteller</translation>
    </message>
    <message>
        <source>Last PID</source>
        <translation>Letzte PID</translation>
    </message>
</context>
<context>
    <name>SystemHistory</name>
    <message>
        <source>Swap used</source>
        <translation>Belegter Swap</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonym</translation>
    </message>
    <message>
        <source>Page cache</source>
        <translation>Seitencache</translation>
    </message>
    <message>
        <source>Shared memory</source>
        <translation>Shared Memory</translation>
    </message>
    <message>
        <source>Slab, reclaimable</source>
        <translation>Slab, zurückgewinnbar</translation>
    </message>
    <message>
        <source>Slab, unreclaimable</source>
        <translation>Slab, nicht zurückgewinnbar</translation>
    </message>
    <message>
        <source>Kernel stacks &amp; page tables</source>
        <translation>Kernel-Stacks &amp; Seitentabellen</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Frei</translation>
    </message>
    <message>
        <source>Unaccounted</source>
        <translation>Nicht zugeordnet</translation>
    </message>
    <message>
        <source>Some, avg10</source>
        <translation>Some, avg10</translation>
    </message>
    <message>
        <source>Full, avg10</source>
        <translation>Full, avg10</translation>
    </message>
    <message>
        <source>Some, now</source>
        <translation>Some, jetzt</translation>
    </message>
    <message>
        <source>Full, now</source>
        <translation>Full, jetzt</translation>
    </message>
    <message>
        <source>Swap-in</source>
        <translation>Einlagern</translation>
    </message>
    <message>
        <source>Swap-out</source>
        <translation>Auslagern</translation>
    </message>
    <message>
        <source>Major faults</source>
        <translation>Schwere Seitenfehler</translation>
    </message>
    <message>
        <source>Background threshold</source>
        <translation>Hintergrundschwelle</translation>
    </message>
    <message>
        <source>Throttle threshold</source>
        <translation>Bremsschwelle</translation>
    </message>
    <message>
        <source>Dirtied</source>
        <translation>Schmutzig markiert</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Geschrieben</translation>
    </message>
    <message>
        <source>Huge page faults</source>
        <translation>Huge-Page-Fehler</translation>
    </message>
    <message>
        <source>Fallbacks to small pages</source>
        <translation>Rückfälle auf kleine Seiten</translation>
    </message>
    <message>
        <source>Collapsed by khugepaged</source>
        <translation>Von khugepaged zusammengefasst</translation>
    </message>
    <message>
        <source>Compaction stalls</source>
        <translation>Kompaktierungs-Stillstände</translation>
    </message>
    <message>
        <source>Dirty pages</source>
        <translation>Schmutzige Seiten</translation>
    </message>
    <message>
        <source>Dirty and being written back</source>
        <translation>Schmutzig und im Rückschreiben</translation>
    </message>
    <message>
        <source>ZFS ARC</source>
        <translation>ZFS-ARC</translation>
    </message>
    <message>
        <source>Graphics, in RAM</source>
        <translation>Grafik, im RAM</translation>
    </message>
</context>
<context>
    <name>SystemMemoryModel</name>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Share of RAM</source>
        <translation>Anteil am RAM</translation>
    </message>
</context>
<context>
    <name>SystemReader</name>
    <message>
        <source>the dirty thresholds cannot be computed here: meminfo lacks MemFree or the file LRU counts, a sysctl is out of range, or the kernel is a 32-bit one with HighMem</source>
        <translation>die Dirty-Schwellen lassen sich hier nicht berechnen: meminfo fehlen MemFree oder die Zähler der Datei-LRU, ein sysctl liegt außerhalb seines Bereichs, oder der Kernel ist ein 32-Bit-Kernel mit HighMem</translation>
    </message>
    <message>
        <source>/proc/spl/kstat/zfs/arcstats has no size, c_min or c_max row</source>
        <translation>/proc/spl/kstat/zfs/arcstats hat keine Zeile size, c_min oder c_max</translation>
    </message>
</context>
<context>
    <name>SystemSnapshot</name>
    <message>
        <source>vm.%1 was not read</source>
        <translation>vm.%1 wurde nicht gelesen</translation>
    </message>
</context>
<context>
    <name>TimelineBar</name>
    <message>
        <source>Recording timeline</source>
        <translation>Zeitleiste der Aufzeichnung</translation>
    </message>
    <message>
        <source>Showing %1</source>
        <translation>Angezeigt: %1</translation>
    </message>
    <message>
        <source>The recording holds no sample</source>
        <translation>Die Aufzeichnung enthält keine Messung</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The background watcher&apos;s recording</source>
        <translation>Die Aufzeichnung des Beobachters im Hintergrund</translation>
    </message>
    <message>
        <source>%1: click to open this moment of the recording</source>
        <translation>%1: anklicken, um diesen Zeitpunkt der Aufzeichnung zu öffnen</translation>
    </message>
</context>
<context>
    <name>TmpfsMountModel</name>
    <message>
        <source>Mount point</source>
        <translation>Einhängepunkt</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Belegt</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
</context>
<context>
    <name>TopApplicationsModel</name>
    <message>
        <source>1 process</source>
        <translation>1 Prozess</translation>
    </message>
    <message>
        <source>%1 processes</source>
        <translation>%1 Prozessen</translation>
    </message>
    <message>
        <source>%1: %2 PSS in %3</source>
        <translation>%1: %2 PSS in %3</translation>
    </message>
    <message>
        <source> (%1 % of RAM)</source>
        <translation> (%1&#xa0;% des Arbeitsspeichers)</translation>
    </message>
    <message>
        <source>. The PSS of %1 could not be read (another user&apos;s) and is not in this sum.</source>
        <translation>. Der PSS von %1 konnte nicht gelesen werden (eines anderen Benutzers) und fehlt in dieser Summe.</translation>
    </message>
    <message>
        <source>the PSS of its processes could not be read (another user&apos;s)</source>
        <translation>der PSS ihrer Prozesse konnte nicht gelesen werden (eines anderen Benutzers)</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>PSS</source>
        <translation>PSS</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Prozesse</translation>
    </message>
</context>
<context>
    <name>TrialJournal</name>
    <message>
        <source>could not remove %1</source>
        <translation>%1 konnte nicht entfernt werden</translation>
    </message>
    <message>
        <source>could not create %1</source>
        <translation>%1 konnte nicht angelegt werden</translation>
    </message>
    <message>
        <source>could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 could not be read</source>
        <translation>%1 konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 is damaged; kept as %2</source>
        <translation>%1 ist beschädigt; aufbewahrt als %2</translation>
    </message>
</context>
<context>
    <name>TuningLogModel</name>
    <message>
        <source>Waiting for the request before it</source>
        <translation>Wartet auf die Anfrage davor</translation>
    </message>
    <message>
        <source>Asking for permission…</source>
        <translation>Berechtigung wird angefragt …</translation>
    </message>
    <message>
        <source>Not made: %1</source>
        <translation>Nicht vorgenommen: %1</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Vorgenommen</translation>
    </message>
    <message>
        <source>Made: %1</source>
        <translation>Vorgenommen: %1</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Putting back…</source>
        <translation>Wird zurückgenommen …</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Rückgängig gemacht</translation>
    </message>
    <message>
        <source>Put back at the end of its trial</source>
        <translation>Am Ende des Tests zurückgenommen</translation>
    </message>
    <message>
        <source>Put back when MemLens closed</source>
        <translation>Beim Schließen von MemLens zurückgenommen</translation>
    </message>
    <message>
        <source>Not put back: %1</source>
        <translation>Nicht zurückgenommen: %1</translation>
    </message>
    <message>
        <source>PSI %1 % · swap-out %2/s · faults %3/s</source>
        <translation>PSI %1&#xa0;% · Auslagern %2/s · Seitenfehler %3/s</translation>
    </message>
    <message>
        <source> (%1 s so far)</source>
        <translation> (bisher %1 s)</translation>
    </message>
    <message>
        <source>Memory pressure (PSI some), data written to swap and major page faults, averaged</source>
        <translation>Speicherdruck (PSI some), in den Swap geschriebene Daten und schwere Seitenfehler, gemittelt</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>The minute before</source>
        <translation>Die Minute davor</translation>
    </message>
    <message>
        <source>The minute after</source>
        <translation>Die Minute danach</translation>
    </message>
    <message>
        <source>On trial: %1 unless kept</source>
        <translation>Im Test: %1, wenn nicht behalten</translation>
    </message>
    <message>
        <source>Still on trial: %1</source>
        <translation>Noch im Test: %1</translation>
    </message>
    <message>
        <source>left by a MemLens that stopped</source>
        <translation>von einem beendeten MemLens hinterlassen</translation>
    </message>
    <message>
        <source>back in %1 s</source>
        <translation>zurück in %1 s</translation>
    </message>
</context>
<context>
    <name>TuningPage</name>
    <message>
        <source>Tuning status</source>
        <translation>Status der Feinabstimmung</translation>
    </message>
    <message>
        <source>Like a new display resolution: if the machine turns sluggish, the old value comes back by itself.</source>
        <translation>Wie bei einer neuen Bildschirmauflösung: Wird die Maschine träge, kommt der alte Wert von selbst zurück.</translation>
    </message>
    <message>
        <source>Helper not installed</source>
        <translation>Helfer nicht installiert</translation>
    </message>
    <message>
        <source>Swappiness</source>
        <translation>Swappiness</translation>
    </message>
    <message>
        <source>Swappiness value</source>
        <translation>Swappiness-Wert</translation>
    </message>
    <message>
        <source>How readily the kernel moves idle program memory to swap rather than dropping file cache. &lt;b&gt;60&lt;/b&gt; is the kernel&apos;s default; &lt;b&gt;about 10&lt;/b&gt; keeps a desktop&apos;s programs in RAM longer; &lt;b&gt;1–10&lt;/b&gt; suits databases that manage their own cache; above 100 (Linux 5.8 and later) prefers swapping, which suits fast swap such as zram.</source>
        <translation>Wie bereitwillig der Kernel ungenutzten Programmspeicher in den Swap verschiebt, statt Datei-Cache zu verwerfen. &lt;b&gt;60&lt;/b&gt; ist die Voreinstellung des Kernels; &lt;b&gt;etwa 10&lt;/b&gt; hält die Programme eines Desktops länger im RAM; &lt;b&gt;1–10&lt;/b&gt; passt zu Datenbanken, die ihren eigenen Cache verwalten; über 100 (ab Linux 5.8) bevorzugt das Auslagern, was zu schnellem Swap wie zram passt.</translation>
    </message>
    <message>
        <source>&amp;Apply swappiness</source>
        <translation>Swappiness &amp;anwenden</translation>
    </message>
    <message>
        <source>Transparent huge pages</source>
        <translation>Transparent Huge Pages</translation>
    </message>
    <message>
        <source>Huge pages enabled</source>
        <translation>Huge Pages aktiviert</translation>
    </message>
    <message>
        <source>Huge pages defragmentation</source>
        <translation>Defragmentierung für Huge Pages</translation>
    </message>
    <message>
        <source>&amp;Use huge pages:</source>
        <translation>Huge Pages &amp;verwenden:</translation>
    </message>
    <message>
        <source>&amp;Defragment for them:</source>
        <translation>Dafür &amp;defragmentieren:</translation>
    </message>
    <message>
        <source>&lt;b&gt;madvise&lt;/b&gt; gives 2 MiB pages only to programs that ask (the usual default); &lt;b&gt;always&lt;/b&gt; can speed up large heaps but wastes memory and stalls on compaction; &lt;b&gt;never&lt;/b&gt; turns them off.</source>
        <translation>&lt;b&gt;madvise&lt;/b&gt; gibt 2-MiB-Seiten nur Programmen, die danach fragen (die übliche Voreinstellung); &lt;b&gt;always&lt;/b&gt; kann große Heaps beschleunigen, verschwendet aber Speicher und blockiert bei der Kompaktierung; &lt;b&gt;never&lt;/b&gt; schaltet sie ab.</translation>
    </message>
    <message>
        <source>Apply &amp;huge pages</source>
        <translation>Huge Pages an&amp;wenden</translation>
    </message>
    <message>
        <source>Transparent huge pages already have these settings.</source>
        <translation>Transparent Huge Pages haben bereits diese Einstellungen.</translation>
    </message>
    <message>
        <source>Drop caches</source>
        <translation>Caches leeren</translation>
    </message>
    <message>
        <source>Caches to drop</source>
        <translation>Zu leerende Caches</translation>
    </message>
    <message>
        <source>Page cache (1)</source>
        <translation>Seitencache (1)</translation>
    </message>
    <message>
        <source>Dentries and inodes (2)</source>
        <translation>Dentries und Inodes (2)</translation>
    </message>
    <message>
        <source>Both (3)</source>
        <translation>Beides (3)</translation>
    </message>
    <message>
        <source>Empties clean caches at once, after writing dirty pages out. Useful before a measurement; otherwise the kernel does this by itself when memory is needed, and programs read their files from disk again afterwards.</source>
        <translation>Leert saubere Caches sofort, nachdem schmutzige Seiten geschrieben wurden. Nützlich vor einer Messung; sonst erledigt das der Kernel selbst, wenn Speicher gebraucht wird, und Programme lesen ihre Dateien danach erneut von der Festplatte.</translation>
    </message>
    <message>
        <source>D&amp;rop caches</source>
        <translation>Caches &amp;leeren</translation>
    </message>
    <message>
        <source>Changes made here</source>
        <translation>Hier vorgenommene Änderungen</translation>
    </message>
    <message>
        <source>Now: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Jetzt: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Now: unknown (%1)</source>
        <translation>Jetzt: unbekannt (%1)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>%1: &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Jetzt: %1</translation>
    </message>
    <message>
        <source>Swappiness now</source>
        <translation>Swappiness jetzt</translation>
    </message>
    <message>
        <source>Swappiness is already %1.</source>
        <translation>Swappiness ist bereits %1.</translation>
    </message>
    <message>
        <source>&amp;Try changes first: put them back after</source>
        <translation>Änderungen zuerst &amp;testen: zurücknehmen nach</translation>
    </message>
    <message>
        <source>Try changes first</source>
        <translation>Änderungen zuerst testen</translation>
    </message>
    <message>
        <source>Trial length</source>
        <translation>Testdauer</translation>
    </message>
    <message>
        <source>unless I keep them</source>
        <translation>wenn ich sie nicht behalte</translation>
    </message>
    <message>
        <source>Changes on trial</source>
        <translation>Änderungen im Test</translation>
    </message>
    <message>
        <source>&amp;Keep them all</source>
        <translation>&amp;Alle behalten</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Keep %1</source>
        <translation>%1 behalten</translation>
    </message>
    <message>
        <source>Put back</source>
        <translation>Zurücknehmen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Leave the value as it is</source>
        <translation>Den Wert so lassen</translation>
    </message>
    <message>
        <source>On trial: %1. Keep or put back each in the list below, or keep them all.</source>
        <translation>Im Test: %1. Behalten oder zurücknehmen Sie jede in der Liste unten, oder behalten Sie alle.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, %2</translation>
    </message>
</context>
<context>
    <name>TuningSession</name>
    <message>
        <source>swappiness → %1</source>
        <translation>Swappiness → %1</translation>
    </message>
    <message>
        <source>huge pages enabled → %1</source>
        <translation>Huge Pages enabled → %1</translation>
    </message>
    <message>
        <source>huge pages defrag → %1</source>
        <translation>Huge Pages defrag → %1</translation>
    </message>
    <message>
        <source>drop %1</source>
        <translation>%1 leeren</translation>
    </message>
    <message>
        <source>OOM score adjustment of %1 (PID %2) → %3</source>
        <translation>OOM-Score-Anpassung von %1 (PID %2) → %3</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>swappiness %1 → %2</source>
        <translation>Swappiness %1 → %2</translation>
    </message>
    <message>
        <source>swappiness back to %1</source>
        <translation>Swappiness zurück auf %1</translation>
    </message>
    <message>
        <source>huge pages %1 %2 → %3</source>
        <translation>Huge Pages %1 %2 → %3</translation>
    </message>
    <message>
        <source>huge pages %1 back to %2</source>
        <translation>Huge Pages %1 zurück auf %2</translation>
    </message>
    <message>
        <source>dropped %1</source>
        <translation>%1 geleert</translation>
    </message>
    <message>
        <source>OOM score adjustment of %1 (PID %2)</source>
        <translation>OOM-Score-Anpassung von %1 (PID %2)</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>its OOM score is now %1</source>
        <translation>sein OOM-Score ist jetzt %1</translation>
    </message>
    <message>
        <source>%1 back to %2</source>
        <translation>%1 zurück auf %2</translation>
    </message>
    <message>
        <source>%1 was on trial when the machine restarted: the restart ended it.</source>
        <translation>%1 wurde getestet, als der Rechner neu startete: Der Neustart hat den Test beendet.</translation>
    </message>
    <message>
        <source>A journal of changes on trial could not be read: %1</source>
        <translation>Ein Protokoll getesteter Änderungen konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>freed %1 of cache (%2 → %3)</source>
        <translation>%1 Cache freigegeben (%2 → %3)</translation>
    </message>
    <message>
        <source>Changes on trial could not be noted down, so a crash would leave them in place unnoticed: %1</source>
        <translation>Getestete Änderungen konnten nicht notiert werden, ein Absturz würde sie also unbemerkt bestehen lassen: %1</translation>
    </message>
</context>
<context>
    <name>WatchServer</name>
    <message>
        <source>windows cannot share the watcher&apos;s sampling: %1</source>
        <translation>Fenster können die Messungen des Beobachters nicht mitnutzen: %1</translation>
    </message>
    <message>
        <source>another MemLens window shares the background watcher&apos;s sampling</source>
        <translation>ein anderes MemLens-Fenster nutzt bereits die Messungen des Beobachters im Hintergrund</translation>
    </message>
</context>
<context>
    <name>Watcher</name>
    <message>
        <source>MemLens began watching</source>
        <translation>MemLens hat mit dem Beobachten begonnen</translation>
    </message>
    <message>
        <source>The kernel wakes MemLens when tasks stall on memory (a pressure trigger on %1).</source>
        <translation>Der Kernel weckt MemLens, wenn Tasks auf Speicher warten (ein Druck-Trigger auf %1).</translation>
    </message>
    <message>
        <source>no pressure file was found</source>
        <translation>es wurde keine Druckdatei gefunden</translation>
    </message>
    <message>
        <source>MemLens reads the pressure averages at each sample, every %1 s, since no pressure trigger could be set: %2.</source>
        <translation>MemLens liest die Druck-Mittelwerte bei jeder Messung, alle %1&#xa0;s, da kein Druck-Trigger gesetzt werden konnte: %2.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Largest: %1.</source>
        <translation>Am größten: %1.</translation>
    </message>
    <message>
        <source>At this rate memory runs out in about %1 s (%2 left). %3</source>
        <translation>In diesem Tempo ist der Speicher in etwa %1&#xa0;s erschöpft (noch %2). %3</translation>
    </message>
    <message>
        <source>Memory pressure began: tasks are waiting for memory. %1</source>
        <translation>Speicherdruck hat begonnen: Tasks warten auf Speicher. %1</translation>
    </message>
    <message>
        <source>Memory pressure ended; at its worst, tasks waited %1 % of the time</source>
        <translation>Speicherdruck ist vorbei; am schlimmsten warteten Tasks %1&#xa0;% der Zeit</translation>
    </message>
    <message>
        <source>Notified: %1</source>
        <translation>Gemeldet: %1</translation>
    </message>
</context>
<context>
    <name>WatcherConnection</name>
    <message>
        <source>the background watcher stopped</source>
        <translation>der Beobachter im Hintergrund wurde beendet</translation>
    </message>
    <message>
        <source>the background watcher cannot be reached: %1</source>
        <translation>der Beobachter im Hintergrund ist nicht erreichbar: %1</translation>
    </message>
</context>
<context>
    <name>WatcherControl</name>
    <message>
        <source>systemctl could not do it: %1</source>
        <translation>systemctl konnte es nicht tun: %1</translation>
    </message>
    <message>
        <source>systemctl could not be started: %1</source>
        <translation>systemctl konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>the watcher (process %1) could not be stopped: %2</source>
        <translation>der Beobachter (Prozess %1) konnte nicht beendet werden: %2</translation>
    </message>
    <message>
        <source>the watcher (process %1) did not stop</source>
        <translation>der Beobachter (Prozess %1) hat sich nicht beendet</translation>
    </message>
    <message>
        <source>the autostart entry %1 could not be written: %2</source>
        <translation>der Autostart-Eintrag %1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the watcher could not be started</source>
        <translation>der Beobachter konnte nicht gestartet werden</translation>
    </message>
    <message>
        <source>the autostart entry %1 could not be removed</source>
        <translation>der Autostart-Eintrag %1 konnte nicht entfernt werden</translation>
    </message>
    <message>
        <source>systemctl could not be started</source>
        <translation>systemctl konnte nicht gestartet werden</translation>
    </message>
</context>
<context>
    <name>WatcherDialog</name>
    <message>
        <source>&amp;Watch memory in the background</source>
        <translation>Speicher im Hintergrund &amp;beobachten</translation>
    </message>
    <message>
        <source>Warn &amp;before memory runs out</source>
        <translation>&amp;Warnen, bevor der Speicher ausgeht</translation>
    </message>
    <message>
        <source>Tell me when a program was &amp;ended to free memory</source>
        <translation>Melden, wenn ein Programm beendet wurde, um Speicher &amp;freizugeben</translation>
    </message>
    <message>
        <source>Background watcher</source>
        <translation>Beobachter im Hintergrund</translation>
    </message>
    <message>
        <source>What the watcher does</source>
        <translation>Was der Beobachter tut</translation>
    </message>
    <message>
        <source>While you work, MemLens records memory every 10 seconds (every second under pressure), marks pressure and kills in the recording, and warns you before memory runs out. It starts when you log in.</source>
        <translation>Während Sie arbeiten, zeichnet MemLens den Speicher alle 10&#xa0;Sekunden auf (unter Druck jede Sekunde), markiert Druck und Kills in der Aufzeichnung und warnt Sie, bevor der Speicher ausgeht. Er startet bei der Anmeldung.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Aufzeichnung</translation>
    </message>
    <message>
        <source> h</source>
        <translation>&#xa0;h</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation>&#xa0;MiB</translation>
    </message>
    <message>
        <source>Keep the last:</source>
        <translation>Die letzten behalten:</translation>
    </message>
    <message>
        <source>At most:</source>
        <translation>Höchstens:</translation>
    </message>
    <message>
        <source>&amp;Open the recording</source>
        <translation>Aufzeichnung &amp;öffnen</translation>
    </message>
    <message>
        <source>Where pressure comes from</source>
        <translation>Woher der Druck kommt</translation>
    </message>
    <message>
        <source>Could not: %1</source>
        <translation>Nicht möglich: %1</translation>
    </message>
    <message>
        <source>as the systemd user service %1</source>
        <translation>als systemd-Benutzerdienst %1</translation>
    </message>
    <message>
        <source>from your autostart entries</source>
        <translation>aus Ihren Autostart-Einträgen</translation>
    </message>
    <message>
        <source>Running (process %1), started %2.</source>
        <translation>Läuft (Prozess %1), gestartet %2.</translation>
    </message>
    <message>
        <source>Not running.</source>
        <translation>Läuft nicht.</translation>
    </message>
</context>
<context>
    <name>WritebackView</name>
    <message>
        <source>set by vm.%1</source>
        <translation>gesetzt durch vm.%1</translation>
    </message>
    <message>
        <source>%1 % of %2 that can be dirtied (vm.%3)</source>
        <translation>%1&#xa0;% von %2, die schmutzig werden dürfen (vm.%3)</translation>
    </message>
    <message>
        <source>Dirty page thresholds</source>
        <translation>Schwellen für schmutzige Seiten</translation>
    </message>
    <message>
        <source>Dirty pages and their thresholds</source>
        <translation>Schmutzige Seiten und ihre Schwellen</translation>
    </message>
    <message>
        <source>Dirty and writeback memory over time, with the background and throttle thresholds</source>
        <translation>Schmutziger und rückgeschriebener Speicher über die Zeit, mit Hintergrund- und Bremsschwelle</translation>
    </message>
    <message>
        <source>Pages dirtied and written out</source>
        <translation>Schmutzig markierte und geschriebene Seiten</translation>
    </message>
    <message>
        <source>Bytes dirtied and written back per second</source>
        <translation>Schmutzig markierte und zurückgeschriebene Bytes pro Sekunde</translation>
    </message>
    <message>
        <source>The thresholds are unknown: %1.</source>
        <translation>Die Schwellen sind unbekannt: %1.</translation>
    </message>
    <message>
        <source>Background threshold &lt;b&gt;%1&lt;/b&gt; (%2); throttle threshold &lt;b&gt;%3&lt;/b&gt; (%4).</source>
        <translation>Hintergrundschwelle &lt;b&gt;%1&lt;/b&gt; (%2); Bremsschwelle &lt;b&gt;%3&lt;/b&gt; (%4).</translation>
    </message>
    <message>
        <source>The background setting is not below the throttle one, so the kernel uses half the throttle threshold.</source>
        <translation>Die Hintergrundeinstellung liegt nicht unter der Bremseinstellung, daher nimmt der Kernel die halbe Bremsschwelle.</translation>
    </message>
    <message>
        <source>Dirty now: &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Jetzt schmutzig: &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Programs that write files change pages in RAM first; the kernel writes them to disk later. Until then they are &lt;i&gt;dirty&lt;/i&gt;. When Dirty passes the &lt;b&gt;background threshold&lt;/b&gt;, the kernel&apos;s flusher threads start writing in the background while programs carry on. Once dirty pages and those being written pass the midpoint between the two lines, programs that write are slowed down, the more the closer they get to the &lt;b&gt;throttle threshold&lt;/b&gt;; at it they wait until enough has been written: copies crawl and the desktop can stall.</source>
        <translation>Programme, die Dateien schreiben, ändern zuerst Seiten im RAM; der Kernel schreibt sie später auf die Platte. Bis dahin sind sie &lt;i&gt;schmutzig&lt;/i&gt;. Überschreitet Dirty die &lt;b&gt;Hintergrundschwelle&lt;/b&gt;, beginnen die Flusher-Threads des Kernels im Hintergrund zu schreiben, während Programme weiterlaufen. Sobald schmutzige und gerade geschriebene Seiten die Mitte zwischen beiden Linien überschreiten, werden schreibende Programme gebremst, umso stärker, je näher sie der &lt;b&gt;Bremsschwelle&lt;/b&gt; kommen; dort warten sie, bis genug geschrieben ist: Kopien kriechen, und der Desktop kann stocken.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Shows where memory goes: the system, every process, every mapping.</source>
        <translation>Zeigt, wohin der Speicher geht: das System, jeder Prozess, jedes Mapping.</translation>
    </message>
    <message>
        <source>Print a report of system memory and every process, and exit.</source>
        <translation>Einen Bericht über den Systemspeicher und jeden Prozess ausgeben und beenden.</translation>
    </message>
    <message>
        <source>Report format: table, json or csv.</source>
        <translation>Berichtsformat: table, json oder csv.</translation>
    </message>
    <message>
        <source>Sort the report by pss, rss, uss or swap.</source>
        <translation>Den Bericht nach pss, rss, uss oder swap sortieren.</translation>
    </message>
    <message>
        <source>Read /proc and /sys under DIR (a captured tree) instead of /.</source>
        <translation>/proc und /sys unter DIR (einem aufgezeichneten Verzeichnisbaum) statt unter / lesen.</translation>
    </message>
    <message>
        <source>Refresh every MS milliseconds (500 to 10000; default: as last time).</source>
        <translation>Alle MS Millisekunden aktualisieren (500 bis 10000; Standard: wie beim letzten Mal).</translation>
    </message>
    <message>
        <source>With --agent: stop after N snapshots.</source>
        <translation>Mit --agent: nach N Snapshots aufhören.</translation>
    </message>
    <message>
        <source>Play a recording made with --agent instead of reading /proc.</source>
        <translation>Eine mit --agent erstellte Aufzeichnung abspielen, statt /proc zu lesen.</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; use table, json or csv</source>
        <translation>unbekanntes Format „%1“; verwenden Sie table, json oder csv</translation>
    </message>
    <message>
        <source>unknown sort key &quot;%1&quot;; use pss, rss, uss or swap</source>
        <translation>unbekannter Sortierschlüssel „%1“; verwenden Sie pss, rss, uss oder swap</translation>
    </message>
    <message>
        <source>the root directory &quot;%1&quot; does not exist</source>
        <translation>das Wurzelverzeichnis „%1“ existiert nicht</translation>
    </message>
    <message>
        <source>the interval must be between 500 and 10000 milliseconds</source>
        <translation>das Intervall muss zwischen 500 und 10000 Millisekunden liegen</translation>
    </message>
    <message>
        <source>the recording &quot;%1&quot; cannot be read</source>
        <translation>die Aufzeichnung „%1“ kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>memlens: no display found (DISPLAY and WAYLAND_DISPLAY are not set), so the window cannot open. Printing the snapshot report instead.
</source>
        <translation>memlens: keine Anzeige gefunden (DISPLAY und WAYLAND_DISPLAY sind nicht gesetzt), daher kann das Fenster nicht geöffnet werden. Stattdessen wird der Snapshot-Bericht ausgegeben.
</translation>
    </message>
    <message>
        <source>Read each process&apos;s PSS again at least every S seconds, even if its memory did not move (1 to 600; default: as last time, at first 10).</source>
        <translation>Den PSS jedes Prozesses mindestens alle S Sekunden neu lesen, auch wenn sich sein Speicher nicht bewegt hat (1 bis 600; Standard: wie beim letzten Mal, anfangs 10).</translation>
    </message>
    <message>
        <source>--pss-max-age must be between 1 and 600 seconds</source>
        <translation>--pss-max-age muss zwischen 1 und 600 Sekunden liegen</translation>
    </message>
    <message>
        <source>Run memlens-agent: write a snapshot stream on standard output every interval (a recording for --replay).</source>
        <translation>memlens-agent ausführen: in jedem Intervall einen Snapshot-Stream auf die Standardausgabe schreiben (eine Aufzeichnung für --replay).</translation>
    </message>
    <message>
        <source>Show another machine, through ssh: memlens-agent must be installed there.</source>
        <translation>Eine andere Maschine über ssh anzeigen: memlens-agent muss dort installiert sein.</translation>
    </message>
    <message>
        <source>With --snapshot: read every process as root, through pkexec (asks for the administrator password).</source>
        <translation>Mit --snapshot: jeden Prozess als root über pkexec lesen (fragt nach dem Administratorpasswort).</translation>
    </message>
    <message>
        <source>With --snapshot: list kernel threads too (they have no user-space memory).</source>
        <translation>Mit --snapshot: auch Kernel-Threads auflisten (sie haben keinen Userspace-Speicher).</translation>
    </message>
    <message>
        <source>Watch in the background: record memory and mark pressure, warnings and kills (one watcher per user).</source>
        <translation>Im Hintergrund beobachten: den Speicher aufzeichnen und Druck, Warnungen und Kills markieren (ein Beobachter je Benutzer).</translation>
    </message>
    <message>
        <source>With --watch: record into DIR (default: %1).</source>
        <translation>Mit --watch: in DIR aufzeichnen (Standard: %1).</translation>
    </message>
    <message>
        <source>With --watch: keep at most MIB mebibytes of recording (default: 200).</source>
        <translation>Mit --watch: höchstens MIB Mebibyte Aufzeichnung behalten (Standard: 200).</translation>
    </message>
    <message>
        <source>With --watch: keep the last HOURS hours of recording (default: 24).</source>
        <translation>Mit --watch: die letzten HOURS Stunden Aufzeichnung behalten (Standard: 24).</translation>
    </message>
    <message>
        <source>With --replay: open the recording at TIME (2026-12-06T18:40:05, or a time of day such as 18:40 for the last one).</source>
        <translation>Mit --replay: die Aufzeichnung bei TIME öffnen (2026-12-06T18:40:05, oder eine Uhrzeit wie 18:40 für die letzte).</translation>
    </message>
    <message>
        <source>--recording-size must be between 1 and 100000 MiB</source>
        <translation>--recording-size muss zwischen 1 und 100000&#xa0;MiB liegen</translation>
    </message>
    <message>
        <source>--recording-hours must be between 1 and 8784</source>
        <translation>--recording-hours muss zwischen 1 und 8784 liegen</translation>
    </message>
    <message>
        <source>--at needs --replay and a time such as 2026-12-06T18:40:05 or 18:40</source>
        <translation>--at braucht --replay und eine Zeit wie 2026-12-06T18:40:05 oder 18:40</translation>
    </message>
    <message>
        <source>a watcher already runs for this user (process %1); this one leaves</source>
        <translation>für diesen Benutzer läuft bereits ein Beobachter (Prozess %1); dieser hier beendet sich</translation>
    </message>
    <message>
        <source>watching; recording to %1. %2</source>
        <translation>beobachte; Aufzeichnung nach %1. %2</translation>
    </message>
</context>
</TS>
