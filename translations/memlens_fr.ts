<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About MemLens</source>
        <translation>À propos de MemLens</translation>
    </message>
    <message>
        <source>&lt;h2&gt;MemLens %1&lt;/h2&gt;&lt;p&gt;Where memory goes on Linux: the system, every process and mapping, and the kernel; and the few settings that change it, tried safely.&lt;/p&gt;&lt;p&gt;Free software under the &lt;a href=&quot;%2&quot;&gt;GNU General Public License, version 3 or later&lt;/a&gt;: you may use, study, share and change it. Its documentation, icons and screenshots are under CC-BY-SA-4.0, its metadata and captured test data under CC0-1.0.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%3&quot;&gt;Source code and documentation&lt;/a&gt; · &lt;a href=&quot;%4&quot;&gt;Report a problem&lt;/a&gt;&lt;/p&gt;&lt;p&gt;Built with Qt %5 (running on Qt %6).&lt;/p&gt;</source>
        <translation>&lt;h2&gt;MemLens %1&lt;/h2&gt;&lt;p&gt;Où va la mémoire sous Linux&#xa0;: le système, chaque processus et chaque projection, et le noyau&#xa0;; et les quelques réglages qui la changent, essayés sans risque.&lt;/p&gt;&lt;p&gt;Logiciel libre sous la &lt;a href=&quot;%2&quot;&gt;licence publique générale GNU, version 3 ou ultérieure&lt;/a&gt;&#xa0;: vous pouvez l&apos;utiliser, l&apos;étudier, le partager et le modifier. Sa documentation, ses icônes et ses captures d&apos;écran sont sous CC-BY-SA-4.0, ses métadonnées et ses données de test capturées sous CC0-1.0.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%3&quot;&gt;Code source et documentation&lt;/a&gt; · &lt;a href=&quot;%4&quot;&gt;Signaler un problème&lt;/a&gt;&lt;/p&gt;&lt;p&gt;Construit avec Qt %5 (exécuté avec Qt %6).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>AccountingBar</name>
    <message>
        <source>Where RAM goes</source>
        <translation>Répartition de la RAM</translation>
    </message>
    <message>
        <source>Memory programs allocated for themselves — heaps, stacks, private data. It can only leave RAM by going to swap.</source>
        <translation>Mémoire que les programmes ont allouée pour eux-mêmes — tas, piles, données privées. Elle ne peut quitter la RAM qu&apos;en passant dans le swap.</translation>
    </message>
    <message>
        <source>Contents of files kept in RAM so the next read is instant. The kernel drops clean cache whenever programs need the room.</source>
        <translation>Contenu de fichiers conservé en RAM pour que la prochaine lecture soit instantanée. Le noyau libère le cache propre dès que les programmes ont besoin de place.</translation>
    </message>
    <message>
        <source>tmpfs files (such as /dev/shm and /run) and shared memory between programs. It looks like cache but cannot simply be dropped.</source>
        <translation>Fichiers tmpfs (comme /dev/shm et /run) et mémoire partagée entre programmes. Cela ressemble à du cache, mais ne peut pas simplement être libéré.</translation>
    </message>
    <message>
        <source>Kernel caches of directory entries and file metadata that the kernel can free under pressure.</source>
        <translation>Caches du noyau pour les entrées de répertoires et les métadonnées de fichiers, que le noyau peut libérer en cas de pression mémoire.</translation>
    </message>
    <message>
        <source>Kernel data structures in use, such as network buffers and open-file tables. Freed only when their owners release them.</source>
        <translation>Structures de données du noyau en cours d&apos;utilisation, comme les tampons réseau et les tables de fichiers ouverts. Libérées seulement quand leurs propriétaires les relâchent.</translation>
    </message>
    <message>
        <source>A kernel stack for every thread and the page tables that map each program&apos;s memory. Grows with the number of threads and mappings.</source>
        <translation>Une pile noyau pour chaque thread et les tables de pages qui décrivent la mémoire de chaque programme. Croît avec le nombre de threads et de projections.</translation>
    </message>
    <message>
        <source>RAM holding nothing at all. Linux keeps it small on purpose: unused RAM is used for cache.</source>
        <translation>RAM ne contenant rien du tout. Linux la garde volontairement réduite&#xa0;: la RAM inutilisée sert de cache.</translation>
    </message>
    <message>
        <source>RAM that none of the counters above explain: memory taken directly by drivers, graphics cards, firmware and huge page pools.</source>
        <translation>RAM qu&apos;aucun des compteurs ci-dessus n&apos;explique&#xa0;: mémoire prise directement par les pilotes, les cartes graphiques, le micrologiciel et les réserves de pages énormes.</translation>
    </message>
    <message>
        <source>%1 %2 · %3 %</source>
        <translation>%1 %2 · %3&#xa0;%</translation>
    </message>
    <message>
        <source>OpenZFS&apos;s cache of file data and metadata (the ARC). It gives memory back when programs need it, down to its minimum, but the kernel counts it as used, not as cache.</source>
        <translation>Le cache d&apos;OpenZFS pour les données et métadonnées des fichiers (l&apos;ARC). Il rend de la mémoire quand les programmes en ont besoin, jusqu&apos;à son minimum, mais le noyau la compte comme utilisée, pas comme cache.</translation>
    </message>
    <message>
        <source>System RAM a graphics driver holds for the GPU (amdgpu&apos;s GTT), which no /proc/meminfo field counts. Drivers whose buffers are shared memory (i915, virtio-gpu) are in Shared memory instead; memory on the card is not in RAM at all.</source>
        <translation>RAM système qu&apos;un pilote graphique garde pour le GPU (la GTT d&apos;amdgpu), qu&apos;aucun champ de /proc/meminfo ne compte. Les pilotes dont les tampons sont de la mémoire partagée (i915, virtio-gpu) sont dans «&#xa0;Mémoire partagée&#xa0;»&#xa0;; la mémoire de la carte n&apos;est pas du tout en RAM.</translation>
    </message>
</context>
<context>
    <name>AgentConversation</name>
    <message>
        <source>MemLens speaks version %1 of the agent&apos;s requests, and this memlens-agent version %2: install the same MemLens on both sides</source>
        <translation>MemLens parle la version %1 des requêtes de l&apos;agent, et ce memlens-agent la version %2&#xa0;: installez la même version de MemLens des deux côtés</translation>
    </message>
    <message>
        <source>a request came before the handshake</source>
        <translation>une requête est arrivée avant la poignée de main</translation>
    </message>
</context>
<context>
    <name>AgentRequest</name>
    <message>
        <source>a request is longer than any request</source>
        <translation>une requête est plus longue que toute requête valide</translation>
    </message>
    <message>
        <source>the handshake does not name a version</source>
        <translation>la poignée de main n&apos;indique aucune version</translation>
    </message>
    <message>
        <source>the interval asked for is not between 500 and 10000 ms</source>
        <translation>l&apos;intervalle demandé n&apos;est pas compris entre 500 et 10000&#xa0;ms</translation>
    </message>
    <message>
        <source>the PSS age asked for is not between 1 and 600 s</source>
        <translation>l&apos;âge du PSS demandé n&apos;est pas compris entre 1 et 600&#xa0;s</translation>
    </message>
    <message>
        <source>the process asked for is not a pid and a start time</source>
        <translation>le processus demandé n&apos;est pas donné sous la forme d&apos;un PID et d&apos;un instant de démarrage</translation>
    </message>
    <message>
        <source>a request is not one this agent knows</source>
        <translation>une requête est inconnue de cet agent</translation>
    </message>
    <message>
        <source>the requests are damaged: a line goes on past any request&apos;s length</source>
        <translation>les requêtes sont endommagées&#xa0;: une ligne dépasse la longueur de toute requête valide</translation>
    </message>
</context>
<context>
    <name>AgentSource</name>
    <message>
        <source>%1 could not be started: %2</source>
        <translation>%1 n&apos;a pas pu être démarré&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 stopped unexpectedly</source>
        <translation>%1 s&apos;est arrêté de façon inattendue</translation>
    </message>
    <message>
        <source>%1 ended (exit code %2)</source>
        <translation>%1 s&apos;est terminé (code de sortie %2)</translation>
    </message>
</context>
<context>
    <name>ByteFormat</name>
    <message>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
</context>
<context>
    <name>CgroupModel</name>
    <message>
        <source>the pressure file has no such line</source>
        <translation>le fichier de pression n&apos;a pas cette ligne</translation>
    </message>
    <message>
        <source>this kernel does not count OOM kills per group</source>
        <translation>ce noyau ne compte pas les éliminations OOM par groupe</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>aucune limite</translation>
    </message>
    <message>
        <source>Memory charged to the group now, page cache included (memory.current; memory.usage_in_bytes on cgroup v1).</source>
        <translation>Mémoire actuellement imputée au groupe, cache de pages compris (memory.current&#xa0;; memory.usage_in_bytes en cgroup v1).</translation>
    </message>
    <message>
        <source>The hard limit: above it the kernel reclaims, and if it cannot, the OOM killer ends a process of the group.</source>
        <translation>La limite stricte&#xa0;: au-delà, le noyau récupère de la mémoire et, s&apos;il n&apos;y parvient pas, le tueur OOM met fin à un processus du groupe.</translation>
    </message>
    <message>
        <source>The soft limit: above it the group&apos;s processes are slowed down and pushed to reclaim.</source>
        <translation>La limite souple&#xa0;: au-delà, les processus du groupe sont ralentis et contraints de libérer de la mémoire.</translation>
    </message>
    <message>
        <source>Share of the last 10 seconds in which at least one process of the group waited for memory.</source>
        <translation>Part des 10 dernières secondes pendant laquelle au moins un processus du groupe a attendu de la mémoire.</translation>
    </message>
    <message>
        <source>Share of the last 10 seconds in which every process of the group waited for memory at once.</source>
        <translation>Part des 10 dernières secondes pendant laquelle tous les processus du groupe ont attendu de la mémoire en même temps.</translation>
    </message>
    <message>
        <source>Processes of this group the OOM killer has ended since the group was created (oom_kill in memory.events).</source>
        <translation>Processus de ce groupe auxquels le tueur OOM a mis fin depuis la création du groupe (oom_kill dans memory.events).</translation>
    </message>
    <message>
        <source>Control group</source>
        <translation>Groupe de contrôle</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Actuelle</translation>
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
        <translation>Pression (some)</translation>
    </message>
    <message>
        <source>Pressure (full)</source>
        <translation>Pression (full)</translation>
    </message>
    <message>
        <source>OOM kills</source>
        <translation>Éliminations OOM</translation>
    </message>
</context>
<context>
    <name>CgroupReader</name>
    <message>
        <source>No cgroup hierarchy with the memory controller is mounted under /sys/fs/cgroup.</source>
        <translation>Aucune hiérarchie de groupes de contrôle avec le contrôleur mémoire n&apos;est montée sous /sys/fs/cgroup.</translation>
    </message>
    <message>
        <source>cgroup v1 does not have this figure</source>
        <translation>cgroup v1 ne fournit pas cette valeur</translation>
    </message>
</context>
<context>
    <name>CgroupsPage</name>
    <message>
        <source>Control groups</source>
        <translation>Groupes de contrôle</translation>
    </message>
    <message>
        <source>Reading control groups…</source>
        <translation>Lecture des groupes de contrôle…</translation>
    </message>
    <message>
        <source>Control groups are unavailable: %1</source>
        <translation>Groupes de contrôle indisponibles&#xa0;: %1</translation>
    </message>
    <message>
        <source>This system uses cgroup v1: it has a usage and a hard limit per group, but no soft limit (high), no swap figure and no pressure per group. The bar shows usage against the hard limit.</source>
        <translation>Ce système utilise cgroup v1&#xa0;: il fournit une consommation et une limite stricte par groupe, mais ni limite souple (high), ni consommation de swap, ni pression par groupe. La barre montre la consommation par rapport à la limite stricte.</translation>
    </message>
    <message>
        <source>The bar shows memory in use against the group&apos;s hard limit (max); the line marks its soft limit (high). Groups without limits show the figure alone. Processes are listed under their group.</source>
        <translation>La barre montre la mémoire utilisée par rapport à la limite stricte du groupe (max)&#xa0;; le trait marque sa limite souple (high). Les groupes sans limite n&apos;affichent que la valeur. Les processus sont listés sous leur groupe.</translation>
    </message>
</context>
<context>
    <name>ChangeScope</name>
    <message>
        <source>This window plays a recording: changes would act on this machine, not on the one recorded.</source>
        <translation>Cette fenêtre lit un enregistrement&#xa0;: les modifications agiraient sur cette machine, pas sur celle enregistrée.</translation>
    </message>
    <message>
        <source>This window shows the captured tree %1: changes would act on this machine, not on the one captured.</source>
        <translation>Cette fenêtre montre l&apos;arborescence capturée %1&#xa0;: les modifications agiraient sur cette machine, pas sur celle capturée.</translation>
    </message>
    <message>
        <source>This window shows %1: changes would act on this machine, not on %1.</source>
        <translation>Cette fenêtre montre %1&#xa0;: les modifications agiraient sur cette machine, pas sur %1.</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>%1 then, %2 now (%3%4)</source>
        <translation>%1 alors, %2 maintenant (%3%4)</translation>
    </message>
    <message>
        <source>How memory moved</source>
        <translation>Comment la mémoire a évolué</translation>
    </message>
    <message>
        <source>Compare with another moment</source>
        <translation>Comparer avec un autre moment</translation>
    </message>
    <message>
        <source>Compare the moment shown, %1, with:</source>
        <translation>Comparer le moment affiché, %1, avec&#xa0;:</translation>
    </message>
    <message>
        <source>the recording&apos;s beginning (%1)</source>
        <translation>le début de l&apos;enregistrement (%1)</translation>
    </message>
    <message>
        <source>10 minutes before</source>
        <translation>10&#xa0;minutes avant</translation>
    </message>
    <message>
        <source>an hour before</source>
        <translation>une heure avant</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>What changed, per application</source>
        <translation>Ce qui a changé, par application</translation>
    </message>
    <message>
        <source>The recording holds no other moment.</source>
        <translation>L&apos;enregistrement ne contient aucun autre moment.</translation>
    </message>
    <message>
        <source>These moments cannot be compared: %1</source>
        <translation>Ces moments ne peuvent pas être comparés&#xa0;: %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;From %1 to %2:&lt;/p&gt;&lt;p&gt;available memory %3&lt;br&gt;swap in use %4&lt;/p&gt;</source>
        <translation>&lt;p&gt;De %1 à %2&#xa0;:&lt;/p&gt;&lt;p&gt;mémoire disponible %3&lt;br&gt;swap utilisé %4&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to Host</source>
        <translation>Se connecter à un hôte</translation>
    </message>
    <message>
        <source>user@host:port</source>
        <translation>utilisateur@hôte:port</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>MemLens runs memlens-agent on that machine through your ssh: your ssh configuration, keys and agent are used, and a passphrase or a new host key is asked for in a dialog. The machine needs MemLens installed.</source>
        <translation>MemLens lance memlens-agent sur cette machine via votre ssh&#xa0;: votre configuration ssh, vos clés et votre agent sont utilisés, et une phrase de passe ou une nouvelle clé d&apos;hôte est demandée dans une boîte de dialogue. MemLens doit être installé sur la machine.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte&#xa0;:</translation>
    </message>
</context>
<context>
    <name>FileReader</name>
    <message>
        <source>%1 does not exist on this system</source>
        <translation>%1 n&apos;existe pas sur ce système</translation>
    </message>
    <message>
        <source>the process ended while %1 was read</source>
        <translation>le processus s&apos;est terminé pendant la lecture de %1</translation>
    </message>
    <message>
        <source>permission denied reading %1</source>
        <translation>accès refusé en lecture à %1</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB and was not read</source>
        <translation>%1 dépasse %2&#xa0;Mio et n&apos;a pas été lu</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 n&apos;a pas pu être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is malformed (%2)</source>
        <translation>%1 est mal formé (%2)</translation>
    </message>
    <message>
        <source>%1 cannot be a slab cache&apos;s name</source>
        <translation>%1 ne peut pas être le nom d&apos;un cache slab</translation>
    </message>
    <message>
        <source>%1 does not exist: this kernel has no huge page pools (hugetlbfs)</source>
        <translation>%1 n&apos;existe pas&#xa0;: ce noyau n&apos;a pas de réserves de pages énormes (hugetlbfs)</translation>
    </message>
    <message>
        <source>this kernel has no KSM (%1 does not exist)</source>
        <translation>ce noyau n&apos;a pas KSM (%1 n&apos;existe pas)</translation>
    </message>
</context>
<context>
    <name>GpuClientReader</name>
    <message>
        <source>permission denied listing %1</source>
        <translation>permission refusée pour lister %1</translation>
    </message>
    <message>
        <source>%1 could not be listed: %2</source>
        <translation>%1 n&apos;a pas pu être listé&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>GpuDevice</name>
    <message>
        <source> at %1</source>
        <translation> en %1</translation>
    </message>
    <message>
        <source>the %1 driver writes no such counter in sysfs</source>
        <translation>le pilote %1 n&apos;écrit pas ce compteur dans sysfs</translation>
    </message>
</context>
<context>
    <name>GpuDeviceModel</name>
    <message>
        <source>no card in /sys/class/drm for this device</source>
        <translation>aucune carte dans /sys/class/drm pour ce périphérique</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Périphérique</translation>
    </message>
    <message>
        <source>VRAM used</source>
        <translation>VRAM utilisée</translation>
    </message>
    <message>
        <source>VRAM</source>
        <translation>VRAM</translation>
    </message>
    <message>
        <source>GTT used</source>
        <translation>GTT utilisée</translation>
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
        <translation>VRAM des clients</translation>
    </message>
    <message>
        <source>Clients&apos; RAM</source>
        <translation>RAM des clients</translation>
    </message>
    <message>
        <source>Memory on the card, as the driver counts it (amdgpu&apos;s mem_info_vram_used and mem_info_vram_total).</source>
        <translation>Mémoire sur la carte, telle que le pilote la compte (mem_info_vram_used et mem_info_vram_total d&apos;amdgpu).</translation>
    </message>
    <message>
        <source>System RAM the GPU can reach through its address translation table (GTT), as the driver counts it.</source>
        <translation>RAM système que le GPU atteint par sa table de traduction d&apos;adresses (GTT), telle que le pilote la compte.</translation>
    </message>
    <message>
        <source>GPU clients in the processes MemLens can read, each counted once however many processes hold it.</source>
        <translation>Clients GPU des processus que MemLens peut lire, chacun compté une fois, quel que soit le nombre de processus qui le tiennent.</translation>
    </message>
    <message>
        <source>What those clients hold on the card.</source>
        <translation>Ce que ces clients occupent sur la carte.</translation>
    </message>
    <message>
        <source>What those clients hold in system RAM (GTT and the driver&apos;s other system regions).</source>
        <translation>Ce que ces clients occupent en RAM système (la GTT et les autres régions système du pilote).</translation>
    </message>
</context>
<context>
    <name>GpuRegion</name>
    <message>
        <source>on the card</source>
        <translation>sur la carte</translation>
    </message>
    <message>
        <source>in system RAM</source>
        <translation>en RAM système</translation>
    </message>
    <message>
        <source>of a kind MemLens does not know</source>
        <translation>d&apos;un type que MemLens ne connaît pas</translation>
    </message>
</context>
<context>
    <name>GraphicsView</name>
    <message>
        <source>Graphics memory summary</source>
        <translation>Résumé de la mémoire graphique</translation>
    </message>
    <message>
        <source>A GPU keeps memory on its card (VRAM) and in the machine&apos;s RAM. Programs hold it through clients, descriptors open on /dev/dri; the Processes page shows each program&apos;s share in its GPU column. Of the RAM, some drivers&apos; buffers are shared memory, which /proc/meminfo counts; others&apos; are pages the driver took for itself, which no meminfo field counts.</source>
        <translation>Un GPU garde de la mémoire sur sa carte (VRAM) et dans la RAM de la machine. Les programmes la tiennent par des clients, des descripteurs ouverts sur /dev/dri&#xa0;; la page «&#xa0;Processus&#xa0;» montre la part de chaque programme dans sa colonne GPU. En RAM, les tampons de certains pilotes sont de la mémoire partagée, que /proc/meminfo compte&#xa0;; ceux des autres sont des pages que le pilote a prises pour lui-même, qu&apos;aucun champ de meminfo ne compte.</translation>
    </message>
    <message>
        <source>Graphics devices</source>
        <translation>Périphériques graphiques</translation>
    </message>
    <message>
        <source>The graphics devices are unknown: %1</source>
        <translation>Les périphériques graphiques sont inconnus&#xa0;: %1</translation>
    </message>
    <message>
        <source>No GPU is visible here: /sys/class/drm lists no card, and no process MemLens can read has one open.</source>
        <translation>Aucun GPU n&apos;est visible ici&#xa0;: /sys/class/drm ne liste aucune carte, et aucun processus que MemLens peut lire n&apos;en a ouvert.</translation>
    </message>
    <message>
        <source>The drivers say &lt;b&gt;%1&lt;/b&gt; of system RAM is in use for the GPU (GTT), which no /proc/meminfo field counts: the accounting bar shows it as Graphics, in RAM.</source>
        <translation>Les pilotes indiquent &lt;b&gt;%1&lt;/b&gt; de RAM système utilisés pour le GPU (GTT), qu&apos;aucun champ de /proc/meminfo ne compte&#xa0;: la barre de répartition les montre comme «&#xa0;Graphique, en RAM&#xa0;».</translation>
    </message>
    <message>
        <source>Only &lt;b&gt;%1&lt;/b&gt; of it fits in what meminfo leaves unexplained, so only that much is moved out of the rest.</source>
        <translation>Seuls &lt;b&gt;%1&lt;/b&gt; tiennent dans ce que meminfo laisse inexpliqué, et seule cette quantité est retirée du reste.</translation>
    </message>
    <message>
        <source>%1 keeps its buffers in system RAM as shared memory: they are in Shmem (Shared memory in the bar).</source>
        <translation>%1 garde ses tampons en RAM système comme mémoire partagée&#xa0;: ils sont dans Shmem («&#xa0;Mémoire partagée&#xa0;» dans la barre).</translation>
    </message>
    <message>
        <source>%1 writes no counter of its GTT in use: its buffers in system RAM stay in the unaccounted rest, and its clients&apos; column below is all MemLens can show of them.</source>
        <translation>%1 n&apos;écrit aucun compteur de sa GTT utilisée&#xa0;: ses tampons en RAM système restent dans le reste non comptabilisé, et la colonne de ses clients ci-dessous est tout ce que MemLens peut en montrer.</translation>
    </message>
    <message>
        <source>The clients MemLens can read hold &lt;b&gt;%1&lt;/b&gt; of %2&apos;s GTT; the rest is the driver&apos;s own and other users&apos; programs&apos; (Show all processes on the Processes page reads theirs).</source>
        <translation>Les clients que MemLens peut lire occupent &lt;b&gt;%1&lt;/b&gt; de la GTT de %2&#xa0;; le reste appartient au pilote lui-même et aux programmes d&apos;autres utilisateurs («&#xa0;Afficher tous les processus&#xa0;», sur la page «&#xa0;Processus&#xa0;», lit les leurs).</translation>
    </message>
    <message>
        <source>Some clients&apos; driver writes no memory figures at all (NVIDIA&apos;s proprietary driver does not): their memory is not in the clients&apos; columns.</source>
        <translation>Le pilote de certains clients n&apos;écrit aucune valeur de mémoire (le pilote propriétaire de NVIDIA n&apos;en écrit pas)&#xa0;: leur mémoire manque dans les colonnes des clients.</translation>
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
        <translation>Kio</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>Mio</translation>
    </message>
    <message>
        <source>GiB</source>
        <translation>Gio</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>per second</source>
        <translation>par seconde</translation>
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
        <translation>Collecte en cours&#xa0;: le graphique commence avec les prochaines actualisations.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
</context>
<context>
    <name>HugePagePoolModel</name>
    <message>
        <source>Free pages already promised to a mapping that has not touched them yet.</source>
        <translation>Pages libres déjà promises à une projection qui ne les a pas encore touchées.</translation>
    </message>
    <message>
        <source>Pages beyond the pool&apos;s size, allowed by nr_overcommit_hugepages.</source>
        <translation>Pages au-delà de la taille de la réserve, permises par nr_overcommit_hugepages.</translation>
    </message>
    <message>
        <source>The pool&apos;s memory, used or not: no other use of RAM can have it.</source>
        <translation>La mémoire de la réserve, utilisée ou non&#xa0;: aucun autre usage de la RAM ne peut l&apos;avoir.</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Taille de page</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Free</source>
        <translation></translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Réservées</translation>
    </message>
    <message>
        <source>Surplus</source>
        <translation>Surplus</translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation>Mis de côté</translation>
    </message>
</context>
<context>
    <name>HugePagesView</name>
    <message>
        <source>Transparent huge pages</source>
        <translation>Pages énormes transparentes</translation>
    </message>
    <message>
        <source>Huge page pools note</source>
        <translation>Note sur les réserves de pages énormes</translation>
    </message>
    <message>
        <source>Kernel samepage merging</source>
        <translation>Fusion des pages identiques par le noyau</translation>
    </message>
    <message>
        <source>Transparent huge page events</source>
        <translation>Événements des pages énormes transparentes</translation>
    </message>
    <message>
        <source>Transparent huge page events per second</source>
        <translation>Événements des pages énormes transparentes par seconde</translation>
    </message>
    <message>
        <source>Faults that got a huge page, faults that wanted one and got small pages, huge pages khugepaged built from small ones, and allocations that stopped to defragment memory. Many fallbacks or stalls mean memory is too fragmented for huge pages.</source>
        <translation>Défauts de page qui ont obtenu une page énorme, ceux qui en voulaient une et ont eu de petites pages, pages énormes que khugepaged a construites à partir de petites, et allocations qui se sont arrêtées pour défragmenter la mémoire. Beaucoup de replis ou d&apos;arrêts&#xa0;: la mémoire est trop fragmentée pour les pages énormes.</translation>
    </message>
    <message>
        <source>A huge page maps 2 MiB (or 1 GiB) with one entry instead of 512 small ones, which saves the processor work on large memory. &lt;b&gt;Transparent&lt;/b&gt; huge pages are used by the kernel on its own where it can; &lt;b&gt;hugetlbfs&lt;/b&gt; pools are set aside in advance by the administrator for programs that ask for them, such as databases and virtual machines.</source>
        <translation>Une page énorme projette 2 Mio (ou 1 Gio) avec une seule entrée au lieu de 512 petites, ce qui épargne du travail au processeur sur de grandes mémoires. Le noyau emploie les pages énormes &lt;b&gt;transparentes&lt;/b&gt; de lui-même quand il le peut&#xa0;; les réserves &lt;b&gt;hugetlbfs&lt;/b&gt; sont mises de côté à l&apos;avance par l&apos;administrateur pour les programmes qui les demandent, comme les bases de données et les machines virtuelles.</translation>
    </message>
    <message>
        <source>Huge page pools (hugetlbfs)</source>
        <translation>Réserves de pages énormes (hugetlbfs)</translation>
    </message>
    <message>
        <source>Huge page pools</source>
        <translation>Réserves de pages énormes</translation>
    </message>
    <message>
        <source>Kernel samepage merging (KSM)</source>
        <translation>Fusion des pages identiques (KSM)</translation>
    </message>
    <message>
        <source>Transparent huge pages in use are unknown: %1.</source>
        <translation>Les pages énormes transparentes en service sont inconnues&#xa0;: %1.</translation>
    </message>
    <message>
        <source>No pools: %1.</source>
        <translation>Aucune réserve&#xa0;: %1.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; of RAM is set aside in these pools (Hugetlb), whether programs use it or not.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; de RAM sont mis de côté dans ces réserves (Hugetlb), que les programmes s&apos;en servent ou non.</translation>
    </message>
    <message>
        <source>Memory in these pools is set aside whether programs use it or not.</source>
        <translation>La mémoire de ces réserves est mise de côté, que les programmes s&apos;en servent ou non.</translation>
    </message>
    <message>
        <source>Not available: %1.</source>
        <translation>Indisponible&#xa0;: %1.</translation>
    </message>
    <message>
        <source>in an unknown state</source>
        <translation>dans un état inconnu</translation>
    </message>
    <message>
        <source>merging</source>
        <translation>en train de fusionner</translation>
    </message>
    <message>
        <source>unmerging everything</source>
        <translation>en train de tout défusionner</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <source>KSM finds pages with the same content in memory that programs offered it and keeps one copy. It is &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>KSM trouve, dans la mémoire que des programmes lui ont offerte, les pages de même contenu et n&apos;en garde qu&apos;une copie. Il est &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>%1 pages are kept for %2 mappings that share them, which saves &lt;b&gt;%3&lt;/b&gt;.</source>
        <translation>%1 pages sont gardées pour %2 projections qui les partagent, ce qui économise &lt;b&gt;%3&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Less KSM&apos;s own bookkeeping, the gain is %1.</source>
        <translation>Moins la comptabilité de KSM lui-même, le gain est de %1.</translation>
    </message>
    <message>
        <source>Transparent huge pages (mode &lt;b&gt;%1&lt;/b&gt;) hold &lt;b&gt;%2&lt;/b&gt; of programs&apos; anonymous memory, %3 of shared memory and %4 of file cache. The Huge pages column of the Processes page shows whose.</source>
        <translation>Les pages énormes transparentes (mode &lt;b&gt;%1&lt;/b&gt;) contiennent &lt;b&gt;%2&lt;/b&gt; de mémoire anonyme des programmes, %3 de mémoire partagée et %4 de cache de fichiers. La colonne Pages énormes de la page Processus montre à qui.</translation>
    </message>
    <message>
        <source>KSM&apos;s own bookkeeping costs %1 more than it saves.</source>
        <translation>La comptabilité de KSM lui-même coûte %1 de plus qu&apos;il n&apos;économise.</translation>
    </message>
</context>
<context>
    <name>KAuthClientBackend</name>
    <message>
        <source>memlens-kauth-client crashed</source>
        <translation>memlens-kauth-client a planté</translation>
    </message>
    <message>
        <source>memlens-kauth-client ended with exit code %1</source>
        <translation>memlens-kauth-client s&apos;est terminé avec le code de sortie %1</translation>
    </message>
</context>
<context>
    <name>KernelMemory</name>
    <message>
        <source>Slab, reclaimable</source>
        <translation>Slab, récupérable</translation>
    </message>
    <message>
        <source>Slab, unreclaimable</source>
        <translation>Slab, non récupérable</translation>
    </message>
    <message>
        <source>Kernel stacks</source>
        <translation>Piles du noyau</translation>
    </message>
    <message>
        <source>Page tables</source>
        <translation>Tables des pages</translation>
    </message>
    <message>
        <source>Secondary page tables</source>
        <translation>Tables des pages secondaires</translation>
    </message>
    <message>
        <source>Vmalloc</source>
        <translation>Vmalloc</translation>
    </message>
    <message>
        <source>Per-CPU data</source>
        <translation>Données par processeur</translation>
    </message>
    <message>
        <source>Hardware corrupted</source>
        <translation>Défaillance matérielle</translation>
    </message>
    <message>
        <source>Outside the accounting bar</source>
        <translation>Hors de la barre de répartition</translation>
    </message>
    <message>
        <source>No counter explains</source>
        <translation>Expliqué par aucun compteur</translation>
    </message>
    <message>
        <source>Kernel object caches it can free when memory runs short, mostly directory entries and inodes of files used lately. Counted as available memory.</source>
        <translation>Caches d&apos;objets que le noyau peut libérer quand la mémoire manque, surtout des entrées de répertoire et des inodes de fichiers utilisés récemment. Comptés comme mémoire disponible.</translation>
    </message>
    <message>
        <source>A stack for every thread, used while it runs in the kernel: grows with the number of threads.</source>
        <translation>Une pile par thread, utilisée quand il s&apos;exécute dans le noyau&#xa0;: croît avec le nombre de threads.</translation>
    </message>
    <message>
        <source>The tables that translate programs&apos; addresses to RAM: large when many processes map much memory.</source>
        <translation>Les tables qui traduisent les adresses des programmes en RAM&#xa0;: grandes quand beaucoup de processus projettent beaucoup de mémoire.</translation>
    </message>
    <message>
        <source>Page tables for virtual machines and IOMMUs, kept beside the processes&apos; own.</source>
        <translation>Tables des pages des machines virtuelles et des IOMMU, à côté de celles des processus.</translation>
    </message>
    <message>
        <source>Kernel data kept once per CPU core, such as counters and per-core caches.</source>
        <translation>Données du noyau tenues une fois par cœur, comme des compteurs et des caches par cœur.</translation>
    </message>
    <message>
        <source>RAM the kernel stopped using because the hardware reported errors in it. Above zero, check the memory modules.</source>
        <translation>RAM que le noyau n&apos;utilise plus parce que le matériel y a signalé des erreurs. Au-dessus de zéro, vérifiez les barrettes mémoire.</translation>
    </message>
    <message>
        <source>this kernel writes no SecPageTables line (kernels before 6.0)</source>
        <translation>ce noyau n&apos;écrit pas de ligne SecPageTables (noyaux antérieurs à 6.0)</translation>
    </message>
    <message>
        <source>this kernel is built without memory-failure handling (no HardwareCorrupted line)</source>
        <translation>ce noyau est compilé sans gestion des défaillances mémoire (pas de ligne HardwareCorrupted)</translation>
    </message>
    <message>
        <source>/proc/meminfo has no %1 line</source>
        <translation>/proc/meminfo n&apos;a pas de ligne %1</translation>
    </message>
    <message>
        <source>/proc/meminfo lacks a field the accounting bar needs</source>
        <translation>il manque à /proc/meminfo un champ dont la barre de répartition a besoin</translation>
    </message>
    <message>
        <source>Kernel objects in use: network buffers, open files, processes&apos; kernel state. Only freed when their users go. Steady growth here can mean a kernel or driver leak.</source>
        <translation>Objets du noyau en service&#xa0;: tampons réseau, fichiers ouverts, état noyau des processus. Libérés seulement au départ de leurs utilisateurs. Une croissance régulière ici peut être une fuite du noyau ou d&apos;un pilote.</translation>
    </message>
    <message>
        <source>Memory the kernel mapped into one contiguous range: loaded modules, some drivers&apos; buffers, BPF programs, and on most 64-bit kernels the kernel stacks above, which the totals count once.</source>
        <translation>Mémoire que le noyau a projetée dans une plage contiguë&#xa0;: modules chargés, tampons de certains pilotes, programmes BPF et, sur la plupart des noyaux 64 bits, les piles du noyau ci-dessus, que les totaux comptent une fois.</translation>
    </message>
    <message>
        <source>RAM that none of the accounting bar&apos;s parts covers. It holds vmalloc, per-CPU data, huge page pools, zswap and other reclaimable kernel memory, which /proc/meminfo names, zram&apos;s compressed store, and whatever drivers took directly.</source>
        <translation>RAM qu&apos;aucune partie de la barre de répartition ne couvre. Elle contient vmalloc, les données par processeur, les réserves de pages énormes, zswap et d&apos;autre mémoire noyau récupérable, que /proc/meminfo nomme, le stockage compressé de zram et ce que des pilotes ont pris directement.</translation>
    </message>
    <message>
        <source>What is left outside the bar once everything /proc/meminfo and zram name is taken out: memory drivers, graphics cards and firmware took straight from the kernel&apos;s page allocator, and free pages waiting in per-CPU lists, which no counter reports.</source>
        <translation>Ce qui reste hors de la barre une fois retiré tout ce que /proc/meminfo et zram nomment&#xa0;: de la mémoire que pilotes, cartes graphiques et micrologiciels ont prise directement à l&apos;allocateur de pages du noyau, et des pages libres en attente dans des listes par processeur, qu&apos;aucun compteur ne signale.</translation>
    </message>
    <message>
        <source>this kernel writes 0 for VmallocUsed (kernels 4.4 to 5.2 did not count it)</source>
        <translation>ce noyau écrit 0 pour VmallocUsed (les noyaux 4.4 à 5.2 ne le comptaient pas)</translation>
    </message>
</context>
<context>
    <name>KernelMemoryModel</name>
    <message>
        <source>Part</source>
        <translation>Partie</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Share of RAM</source>
        <translation>Part de la RAM</translation>
    </message>
</context>
<context>
    <name>KernelMemoryView</name>
    <message>
        <source>Kernel memory summary</source>
        <translation>Résumé de la mémoire du noyau</translation>
    </message>
    <message>
        <source>Selected part</source>
        <translation>Partie choisie</translation>
    </message>
    <message>
        <source>Slab caches status</source>
        <translation>État des caches slab</translation>
    </message>
    <message>
        <source>Kernel memory</source>
        <translation>Mémoire du noyau</translation>
    </message>
    <message>
        <source>Slab caches</source>
        <translation>Caches slab</translation>
    </message>
    <message>
        <source>Select a part to see what it holds.</source>
        <translation>Choisissez une partie pour voir ce qu&apos;elle contient.</translation>
    </message>
    <message>
        <source>Kernel memory is unknown: %1.</source>
        <translation>La mémoire du noyau est inconnue&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The kernel holds &lt;b&gt;%1&lt;/b&gt; for itself, %2 % of RAM.</source>
        <translation>Le noyau garde &lt;b&gt;%1&lt;/b&gt; pour lui-même, %2&#xa0;% de la RAM.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Slab caches&lt;/b&gt; — %1</source>
        <translation>&lt;b&gt;Caches slab&lt;/b&gt; — %1</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Slab caches&lt;/b&gt; — %n caches holding %1, largest first.</source>
        <translation>
            <numerusform>&lt;b&gt;Caches slab&lt;/b&gt; — %n cache occupant %1, le plus grand d&apos;abord.</numerusform>
            <numerusform>&lt;b&gt;Caches slab&lt;/b&gt; — %n caches occupant %1, les plus grands d&apos;abord.</numerusform>
        </translation>
    </message>
    <message>
        <source>Another &lt;b&gt;%1&lt;/b&gt; is in no counter at all: mostly what drivers and graphics cards took directly.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; de plus ne figurent dans aucun compteur&#xa0;: surtout ce que pilotes et cartes graphiques ont pris directement.</translation>
    </message>
    <message>
        <source>Read as administrator…</source>
        <translation>Lire en tant qu&apos;administrateur…</translation>
    </message>
    <message>
        <source>Reads every figure as root from now on, as &quot;Show all processes&quot; does; your password may be asked for once.</source>
        <translation>Lit désormais toutes les valeurs en tant que root, comme le fait «&#xa0;Afficher tous les processus&#xa0;»&#xa0;; votre mot de passe peut vous être demandé une fois.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Slab caches&lt;/b&gt; — a recording holds none: they are read from a live system only.</source>
        <translation>&lt;b&gt;Caches slab&lt;/b&gt; — un enregistrement n&apos;en contient aucun&#xa0;: ils ne sont lus que sur un système en fonctionnement.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Slab caches&lt;/b&gt; — reading…</source>
        <translation>&lt;b&gt;Caches slab&lt;/b&gt; — lecture…</translation>
    </message>
    <message>
        <source>Graphics buffers in RAM (&lt;b&gt;%1&lt;/b&gt;, from the driver&apos;s GTT counter) are not in it: the accounting bar shows them on their own.</source>
        <translation>Les tampons graphiques en RAM (&lt;b&gt;%1&lt;/b&gt;, d&apos;après le compteur GTT du pilote) n&apos;y sont pas&#xa0;: la barre de répartition les montre à part.</translation>
    </message>
    <message>
        <source>Nor is the ZFS ARC (&lt;b&gt;%1&lt;/b&gt;), which the bar shows as cache.</source>
        <translation>L&apos;ARC de ZFS (&lt;b&gt;%1&lt;/b&gt;) non plus, que la barre montre comme cache.</translation>
    </message>
</context>
<context>
    <name>KernelPage</name>
    <message>
        <source>Kernel memory</source>
        <translation>Mémoire du noyau</translation>
    </message>
    <message>
        <source>Dirty pages</source>
        <translation>Pages modifiées</translation>
    </message>
    <message>
        <source>Overcommit</source>
        <translation>Surengagement</translation>
    </message>
    <message>
        <source>Huge pages</source>
        <translation>Pages énormes</translation>
    </message>
    <message>
        <source>NUMA</source>
        <translation>NUMA</translation>
    </message>
    <message>
        <source>Shared memory</source>
        <translation>Mémoire partagée</translation>
    </message>
    <message>
        <source>Graphics</source>
        <translation>Graphique</translation>
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
        <translation>le système a manqué de mémoire</translation>
    </message>
    <message>
        <source>its control group hit its limit</source>
        <translation>son groupe de contrôle a atteint sa limite</translation>
    </message>
    <message>
        <source>%1 hit its limit</source>
        <translation>%1 a atteint sa limite</translation>
    </message>
    <message>
        <source>systemd-oomd: memory pressure in %1 was %2 % for more than %3 (its limit: %4 %)</source>
        <translation>systemd-oomd&#xa0;: la pression mémoire dans %1 a été de %2&#xa0;% pendant plus de %3 (sa limite&#xa0;: %4&#xa0;%)</translation>
    </message>
    <message>
        <source>systemd-oomd: %1 % of swap was in use (its limit: %2 %)</source>
        <translation>systemd-oomd&#xa0;: %1&#xa0;% du swap était utilisé (sa limite&#xa0;: %2&#xa0;%)</translation>
    </message>
    <message>
        <source>systemd-oomd killed the whole control group</source>
        <translation>systemd-oomd a éliminé tout le groupe de contrôle</translation>
    </message>
    <message>
        <source>earlyoom (%1): %2 % of memory available and %3 % of swap free (its limits: %4 % and %5 %)</source>
        <translation>earlyoom (%1)&#xa0;: %2&#xa0;% de la mémoire disponible et %3&#xa0;% du swap libre (ses limites&#xa0;: %4&#xa0;% et %5&#xa0;%)</translation>
    </message>
    <message>
        <source>earlyoom (%1): memory and swap at or under its limits (%2 % and %3 %)</source>
        <translation>earlyoom (%1)&#xa0;: mémoire et swap à ou sous ses limites (%2&#xa0;% et %3&#xa0;%)</translation>
    </message>
    <message>
        <source>The kernel&apos;s OOM killer ended %1, which held %2: %3</source>
        <translation>Le tueur OOM du noyau a mis fin à %1, qui occupait %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>The kernel&apos;s OOM killer ended %1: %2</source>
        <translation>Le tueur OOM du noyau a mis fin à %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>systemd-oomd ended %1, which held %2: %3</source>
        <translation>systemd-oomd a mis fin à %1, qui occupait %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>systemd-oomd ended %1: %2</source>
        <translation>systemd-oomd a mis fin à %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>earlyoom ended %1, which held %2: %3</source>
        <translation>earlyoom a mis fin à %1, qui occupait %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>earlyoom ended %1: %2</source>
        <translation>earlyoom a mis fin à %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>KillHistoryReader</name>
    <message>
        <source>systemd journal</source>
        <translation>journal systemd</translation>
    </message>
    <message>
        <source>kernel log buffer</source>
        <translation>tampon du journal du noyau</translation>
    </message>
    <message>
        <source>/dev/kmsg held a record that was not understood (%1)</source>
        <translation>/dev/kmsg contenait un enregistrement non compris (%1)</translation>
    </message>
    <message>
        <source>reading /dev/kmsg stopped: %1</source>
        <translation>la lecture de /dev/kmsg s&apos;est arrêtée&#xa0;: %1</translation>
    </message>
    <message>
        <source>/dev/kmsg is malformed (%1)</source>
        <translation>/dev/kmsg est mal formé (%1)</translation>
    </message>
    <message>
        <source>The OOM kill history cannot be read: %1.</source>
        <translation>L&apos;historique des éliminations OOM ne peut pas être lu&#xa0;: %1.</translation>
    </message>
    <message>
        <source>the systemd journal shows you no kernel messages (you are not in the systemd-journal or adm group)</source>
        <translation>le journal systemd ne vous montre aucun message du noyau (vous n&apos;êtes pas dans le groupe systemd-journal ou adm)</translation>
    </message>
    <message>
        <source>/dev/kmsg is restricted to administrators by kernel.dmesg_restrict</source>
        <translation>/dev/kmsg est réservé aux administrateurs par kernel.dmesg_restrict</translation>
    </message>
    <message>
        <source>you may not read /dev/kmsg</source>
        <translation>vous n&apos;avez pas le droit de lire /dev/kmsg</translation>
    </message>
    <message>
        <source>The OOM kill history cannot be read: %1. Running MemLens as root shows it.</source>
        <translation>L&apos;historique des éliminations OOM ne peut pas être lu&#xa0;: %1. Lancez MemLens en tant que root pour le voir.</translation>
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
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 has grown %2/h steadily for %3</source>
        <translation>%1 grossit régulièrement de %2/h depuis %3</translation>
    </message>
    <message>
        <source>%1 has grown %2/h over %3, unevenly</source>
        <translation>%1 a grossi de %2/h sur %3, irrégulièrement</translation>
    </message>
    <message>
        <source>%1 has shrunk %2/h over %3</source>
        <translation>%1 a diminué de %2/h sur %3</translation>
    </message>
    <message>
        <source>%1 grew by %2 at once in the last %3 and otherwise stayed level</source>
        <translation>%1 a grossi de %2 d&apos;un coup sur une période de %3 et est resté stable sinon</translation>
    </message>
    <message>
        <source>%1 dropped by %2 at once in the last %3 and otherwise stayed level</source>
        <translation>%1 a baissé de %2 d&apos;un coup sur une période de %3 et est resté stable sinon</translation>
    </message>
    <message>
        <source>%1 has stayed level for %2</source>
        <translation>%1 est stable depuis %2</translation>
    </message>
    <message>
        <source>%1 has been watched for %2, not long enough to tell a trend</source>
        <translation>%1 est observé depuis %2, trop peu pour dégager une tendance</translation>
    </message>
</context>
<context>
    <name>LeakWatchModel</name>
    <message>
        <source>Steady</source>
        <translation>Régulière</translation>
    </message>
    <message>
        <source>Uneven</source>
        <translation>Irrégulière</translation>
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
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (RSS)</source>
        <translation>%1 (RSS)</translation>
    </message>
    <message>
        <source>Steady: the figure follows the fitted line closely. Uneven: it grows, but moves around the line.</source>
        <translation>Régulière&#xa0;: la valeur suit de près la droite ajustée. Irrégulière&#xa0;: elle augmente, mais oscille autour de la droite.</translation>
    </message>
    <message>
        <source>The slope of a straight line fitted to the process&apos;s PSS (RSS where PSS cannot be read) over the last hour.</source>
        <translation>La pente d&apos;une droite ajustée au PSS du processus (au RSS quand le PSS est illisible) sur la dernière heure.</translation>
    </message>
    <message>
        <source>How much of the figure&apos;s movement the line explains (R²). Near 100 % the growth is steady; a low fit means noise around a rising line.</source>
        <translation>La part des variations de la valeur qu&apos;explique la droite (R²). Près de 100&#xa0;%, la croissance est régulière&#xa0;; un ajustement faible signifie du bruit autour d&apos;une droite montante.</translation>
    </message>
    <message>
        <source>How long this process has been watched within the last hour.</source>
        <translation>Depuis combien de temps ce processus est observé, au cours de la dernière heure.</translation>
    </message>
    <message>
        <source>The process&apos;s PSS at its latest reading, or its RSS where PSS cannot be read.</source>
        <translation>Le PSS du processus à sa dernière lecture, ou son RSS quand le PSS est illisible.</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Processus</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tendance</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>Croissance</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustement</translation>
    </message>
    <message>
        <source>Watched</source>
        <translation>Observé</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Actuel</translation>
    </message>
</context>
<context>
    <name>LeakWatchPage</name>
    <message>
        <source>Leak watch status</source>
        <translation>État de la surveillance des fuites</translation>
    </message>
    <message>
        <source>Selected process</source>
        <translation>Processus sélectionné</translation>
    </message>
    <message>
        <source>A process whose memory keeps growing may be leaking it, or filling a cache that has no limit. MemLens fits a straight line to each process&apos;s PSS over the last hour: the slope is how fast it grows, the fit how steadily. A process that grew once and then stayed level (a file loaded, a cache warmed) is not listed.</source>
        <translation>Un processus dont la mémoire ne cesse de grossir a peut-être une fuite, ou remplit un cache sans limite. MemLens ajuste une droite au PSS de chaque processus sur la dernière heure&#xa0;: la pente dit à quelle vitesse il grossit, l&apos;ajustement avec quelle régularité. Un processus qui a grossi une fois puis est resté stable (un fichier chargé, un cache rempli) n&apos;est pas listé.</translation>
    </message>
    <message>
        <source>Growing processes</source>
        <translation>Processus qui grossissent</translation>
    </message>
    <message>
        <source>PSS of the fastest growers over the last hour</source>
        <translation>PSS des processus qui grossissent le plus vite, sur la dernière heure</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>Mio</translation>
    </message>
    <message>
        <source>Watching processes…</source>
        <translation>Observation des processus…</translation>
    </message>
    <message numerus="yes">
        <source>MemLens has watched for %n min. A trend is judged once a process has been watched for %1 min.</source>
        <translation>
            <numerusform>MemLens observe depuis %n minute. Une tendance est jugée après %1 minutes d&apos;observation d&apos;un processus.</numerusform>
            <numerusform>MemLens observe depuis %n minutes. Une tendance est jugée après %1 minutes d&apos;observation d&apos;un processus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No process has grown over the last %n min.</source>
        <translation>
            <numerusform>Aucun processus n&apos;a grossi au cours de la dernière minute.</numerusform>
            <numerusform>Aucun processus n&apos;a grossi au cours des %n dernières minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>These processes grew over the last %n min. Hover a row for what each did.</source>
        <translation>
            <numerusform>Ces processus ont grossi au cours de la dernière minute. Survolez une ligne pour voir ce que chacun a fait.</numerusform>
            <numerusform>Ces processus ont grossi au cours des %n dernières minutes. Survolez une ligne pour voir ce que chacun a fait.</numerusform>
        </translation>
    </message>
    <message>
        <source>Collecting: a trend needs %1 min of watching; %2 min so far.</source>
        <translation>Collecte en cours&#xa0;: une tendance demande %1&#xa0;min d&apos;observation&#xa0;; %2&#xa0;min jusqu&apos;ici.</translation>
    </message>
</context>
<context>
    <name>LibrariesPage</name>
    <message>
        <source>Filter by file or process</source>
        <translation>Filtrer par fichier ou processus</translation>
    </message>
    <message>
        <source>Filter libraries</source>
        <translation>Filtrer les bibliothèques</translation>
    </message>
    <message>
        <source>Rank libraries by</source>
        <translation>Classer les bibliothèques par</translation>
    </message>
    <message>
        <source>PSS</source>
        <translation>PSS</translation>
    </message>
    <message>
        <source>Memory saved by sharing</source>
        <translation>Mémoire économisée par le partage</translation>
    </message>
    <message>
        <source>RSS</source>
        <translation>RSS</translation>
    </message>
    <message>
        <source>Number of processes</source>
        <translation>Nombre de processus</translation>
    </message>
    <message>
        <source>&amp;Rank by:</source>
        <translation>&amp;Classer par&#xa0;:</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>Bibliothèques</translation>
    </message>
    <message>
        <source>Reading the mappings of every process…</source>
        <translation>Lecture des projections de chaque processus…</translation>
    </message>
    <message>
        <source>Mapped files: %1. “Saved by sharing” is what the file would cost again if every process that maps it had its own copy (the RSS of all users minus their PSS).</source>
        <translation>Fichiers projetés&#xa0;: %1. «&#xa0;Économie par partage&#xa0;» est ce que le fichier coûterait en plus si chaque processus qui le projette en avait sa propre copie (le RSS de tous ses utilisateurs moins leur PSS).</translation>
    </message>
    <message>
        <source>Not counted: processes whose mappings could not be read (%1).</source>
        <translation>Non comptés&#xa0;: processus dont les projections n&apos;ont pas pu être lues (%1).</translation>
    </message>
    <message>
        <source>Not counted: processes of other users, whose mappings only root may read (%1). Run MemLens as root to include them.</source>
        <translation>Non comptés&#xa0;: processus d&apos;autres utilisateurs, dont seul root peut lire les projections (%1). Lancez MemLens en tant que root pour les inclure.</translation>
    </message>
    <message numerus="yes">
        <source>Each refresh reads the mappings again for the processes whose PSS it reads again (their memory moved, or their reading was due): the oldest shown now were read %n s ago.</source>
        <translation>
            <numerusform>Chaque actualisation relit les projections des processus dont elle relit le PSS (leur mémoire a bougé, ou leur lecture était due)&#xa0;: les plus anciennes affichées ont été lues il y a %n&#xa0;s.</numerusform>
            <numerusform>Chaque actualisation relit les projections des processus dont elle relit le PSS (leur mémoire a bougé, ou leur lecture était due)&#xa0;: les plus anciennes affichées ont été lues il y a %n&#xa0;s.</numerusform>
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
        <translation>Chaque processus qui projette le fichier compte ses pages résidentes dans son RSS, mais ces pages ne sont présentes qu&apos;une fois en RAM&#xa0;: la somme des RSS des processus moins leur PSS correspond à ce que le partage économise.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Processus</translation>
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
        <translation>Économie par partage</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>MemLens</source>
        <translation>MemLens</translation>
    </message>
    <message>
        <source>MemLens — %1</source>
        <translation>MemLens — %1</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Processus</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>Bibliothèques</translation>
    </message>
    <message>
        <source>Control groups</source>
        <translation>Groupes de contrôle</translation>
    </message>
    <message>
        <source>Pressure, swap &amp; OOM</source>
        <translation>Pression, swap et OOM</translation>
    </message>
    <message>
        <source>Tuning</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Reading memory figures…</source>
        <translation>Lecture des valeurs mémoire…</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation>Échantillonnage</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Stop refreshing, to read figures that would otherwise move (Ctrl+P)</source>
        <translation>Suspendre l&apos;actualisation pour lire des valeurs qui changeraient sinon (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Refresh now</source>
        <translation>&amp;Actualiser maintenant</translation>
    </message>
    <message>
        <source>Sample everything now (F5)</source>
        <translation>Tout relever maintenant (F5)</translation>
    </message>
    <message>
        <source>Refresh every </source>
        <translation>Actualiser toutes les </translation>
    </message>
    <message>
        <source>Refresh interval in seconds</source>
        <translation>Intervalle d&apos;actualisation en secondes</translation>
    </message>
    <message>
        <source>How often MemLens reads memory figures. Shorter intervals cost more CPU.</source>
        <translation>Fréquence à laquelle MemLens lit les valeurs mémoire. Des intervalles plus courts consomment plus de temps processeur.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>Re&amp;prendre</translation>
    </message>
    <message>
        <source>Processes: %1</source>
        <translation>Processus&#xa0;: %1</translation>
    </message>
    <message>
        <source> · PSS unavailable for %1 of them (hover a dash to see why)</source>
        <translation> · PSS indisponible pour %1 d&apos;entre eux (survolez un tiret pour savoir pourquoi)</translation>
    </message>
    <message>
        <source> · ended while being read: %1</source>
        <translation> · terminés pendant la lecture&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sampled at %1</source>
        <translation>Relevé à %1</translation>
    </message>
    <message>
        <source>MemLens — recording %1</source>
        <translation>MemLens — enregistrement %1</translation>
    </message>
    <message>
        <source>Replay: %1</source>
        <translation>Relecture&#xa0;: %1</translation>
    </message>
    <message>
        <source>Host agent: %1</source>
        <translation>Agent sur l&apos;hôte&#xa0;: %1</translation>
    </message>
    <message>
        <source>PSS read from %1. Each refresh reads it again for the processes whose memory moved, and for the others within %2 s of when it could have changed: the oldest shown now was read %3 s ago.</source>
        <translation>PSS lue depuis %1. Chaque actualisation la relit pour les processus dont la mémoire a bougé, et pour les autres dans les %2&#xa0;s qui suivent le moment où elle a pu changer&#xa0;: la plus ancienne affichée a été lue il y a %3&#xa0;s.</translation>
    </message>
    <message>
        <source>Leak watch</source>
        <translation>Surveillance des fuites</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>Noyau</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Se reconnecter</translation>
    </message>
    <message>
        <source>Start the agent again, on the same host</source>
        <translation>Redémarrer l&apos;agent sur le même hôte</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Reading as administrator: every process&apos;s figures and the kernel&apos;s caches</source>
        <translation>Lecture en tant qu&apos;administrateur&#xa0;: les valeurs de tous les processus et les caches du noyau</translation>
    </message>
    <message>
        <source>Reading as yourself again: %1</source>
        <translation>Retour à la lecture avec vos propres droits&#xa0;: %1</translation>
    </message>
    <message>
        <source>MemLens could not start a new window for %1</source>
        <translation>MemLens n&apos;a pas pu ouvrir de nouvelle fenêtre pour %1</translation>
    </message>
    <message>
        <source>Last data from %1</source>
        <translation>Dernières données relevées à %1</translation>
    </message>
    <message>
        <source>&amp;Connect to host…</source>
        <translation>Se &amp;connecter à un hôte…</translation>
    </message>
    <message>
        <source>Show another machine&apos;s memory in a new window, through ssh (Ctrl+Shift+O)</source>
        <translation>Afficher la mémoire d&apos;une autre machine dans une nouvelle fenêtre, via ssh (Ctrl+Maj+O)</translation>
    </message>
    <message>
        <source>%1 · processes: %2</source>
        <translation>%1 · processus&#xa0;: %2</translation>
    </message>
    <message>
        <source> · PSS unavailable for %1 of them, of other users — &quot;Show all processes&quot; reads them as administrator</source>
        <translation> · PSS indisponible pour %1 d&apos;entre eux, appartenant à d&apos;autres utilisateurs — «&#xa0;Afficher tous les processus&#xa0;» les lit en tant qu&apos;administrateur</translation>
    </message>
    <message>
        <source>Not every change on trial could be put back: the Tuning page says why.</source>
        <translation>Certaines modifications à l&apos;essai n&apos;ont pas pu être annulées&#xa0;: la page Réglages indique pourquoi.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&lt;li&gt;%1&lt;/li&gt;</source>
        <translation>&lt;li&gt;%1&lt;/li&gt;</translation>
    </message>
    <message>
        <source>Changes on trial</source>
        <translation>Modifications à l&apos;essai</translation>
    </message>
    <message>
        <source>These changes are still on trial:&lt;ul&gt;%1&lt;/ul&gt;Put the old values back before MemLens closes?</source>
        <translation>Ces modifications sont encore à l&apos;essai&#xa0;:&lt;ul&gt;%1&lt;/ul&gt;Rétablir les anciennes valeurs avant de fermer MemLens&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Put back and close</source>
        <translation>&amp;Rétablir et fermer</translation>
    </message>
    <message>
        <source>&amp;Keep and close</source>
        <translation>&amp;Conserver et fermer</translation>
    </message>
    <message>
        <source>Putting back the changes on trial…</source>
        <translation>Rétablissement des valeurs des modifications à l&apos;essai…</translation>
    </message>
    <message>
        <source>&lt;li&gt;%1, set %2&lt;/li&gt;</source>
        <translation>&lt;li&gt;%1, appliquée le %2&lt;/li&gt;</translation>
    </message>
    <message>
        <source>Changes left on trial</source>
        <translation>Modifications restées à l&apos;essai</translation>
    </message>
    <message>
        <source>MemLens stopped while these changes were on trial, and they are still in place:&lt;ul&gt;%1&lt;/ul&gt;Put the old values back?</source>
        <translation>MemLens s&apos;est arrêté alors que ces modifications étaient à l&apos;essai, et elles sont toujours en place&#xa0;:&lt;ul&gt;%1&lt;/ul&gt;Rétablir les anciennes valeurs&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Put back</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Keep them</source>
        <translation>&amp;Les conserver</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>&amp;About MemLens</source>
        <translation>À &amp;propos de MemLens</translation>
    </message>
    <message>
        <source>Connect to another host, about MemLens, quit</source>
        <translation>Se connecter à une autre machine, à propos de MemLens, quitter</translation>
    </message>
    <message>
        <source>Background &amp;watcher…</source>
        <translation>&amp;Surveillance en arrière-plan…</translation>
    </message>
    <message>
        <source>&amp;Compare with…</source>
        <translation>&amp;Comparer avec…</translation>
    </message>
    <message>
        <source>What grew and what appeared between the moment shown and another one</source>
        <translation>Ce qui a grandi et ce qui est apparu entre le moment affiché et un autre</translation>
    </message>
    <message>
        <source>Sampling in this window again: %1</source>
        <translation>Cette fenêtre mesure de nouveau elle-même&#xa0;: %1</translation>
    </message>
    <message>
        <source>The background watcher&apos;s recording: click a moment to open it in a new window</source>
        <translation>L&apos;enregistrement de la surveillance en arrière-plan&#xa0;: cliquez sur un moment pour l&apos;ouvrir dans une nouvelle fenêtre</translation>
    </message>
    <message>
        <source>MemLens could not start a window on the recording</source>
        <translation>MemLens n&apos;a pas pu ouvrir de fenêtre sur l&apos;enregistrement</translation>
    </message>
    <message>
        <source> · sampled by the background watcher</source>
        <translation> · mesuré par la surveillance en arrière-plan</translation>
    </message>
</context>
<context>
    <name>MappingModel</name>
    <message>
        <source>[anonymous]</source>
        <translation>[anonyme]</translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <translation>%1 (supprimé)</translation>
    </message>
    <message>
        <source>%1 — mappings: %2</source>
        <translation>%1 — projections&#xa0;: %2</translation>
    </message>
    <message>
        <source>This kernel does not report this figure.</source>
        <translation>Ce noyau ne fournit pas cette valeur.</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>Projection</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Permissions</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
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
        <translation>Privée</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>Swap</translation>
    </message>
    <message>
        <source>Dirty</source>
        <translation>Modifiée</translation>
    </message>
</context>
<context>
    <name>MeminfoGlossary</name>
    <message>
        <source>RAM the kernel can manage: installed memory minus what firmware and the kernel image reserve at boot.</source>
        <translation>RAM que le noyau peut gérer&#xa0;: la mémoire installée moins ce que le micrologiciel et l&apos;image du noyau réservent au démarrage.</translation>
    </message>
    <message>
        <source>RAM holding nothing at all. A low figure is normal: Linux puts idle memory to work as cache.</source>
        <translation>RAM ne contenant rien du tout. Une valeur basse est normale&#xa0;: Linux met la mémoire inactive à profit comme cache.</translation>
    </message>
    <message>
        <source>The kernel&apos;s estimate of how much could be given to programs without swapping: free memory plus cache and reclaimable kernel memory it can drop.</source>
        <translation>Estimation par le noyau de la quantité de mémoire pouvant être donnée aux programmes sans recourir au swap&#xa0;: la mémoire libre plus le cache et la mémoire noyau récupérable qu&apos;il peut libérer.</translation>
    </message>
    <message>
        <source>Memory used recently, file cache and anonymous memory together; the kernel takes memory back from the inactive part first.</source>
        <translation>Mémoire utilisée récemment, cache de fichiers et mémoire anonyme confondus&#xa0;; le noyau reprend d&apos;abord la mémoire dans la partie inactive.</translation>
    </message>
    <message>
        <source>Memory not used for a while, file cache and anonymous memory together: the first candidates when memory has to be reclaimed.</source>
        <translation>Mémoire inutilisée depuis un moment, cache de fichiers et mémoire anonyme confondus&#xa0;: la première candidate quand de la mémoire doit être récupérée.</translation>
    </message>
    <message>
        <source>RAM this virtual machine&apos;s balloon driver has handed back to the host; the guest cannot use it until the host returns it.</source>
        <translation>RAM que le pilote de ballon de cette machine virtuelle a rendue à l&apos;hôte&#xa0;; l&apos;invité ne peut pas l&apos;utiliser tant que l&apos;hôte ne la lui a pas restituée.</translation>
    </message>
    <message>
        <source>Cache of raw block-device data, such as file system metadata.</source>
        <translation>Cache des données brutes des périphériques bloc, comme les métadonnées des systèmes de fichiers.</translation>
    </message>
    <message>
        <source>Contents of files kept in RAM so the next read is fast (includes shared memory and tmpfs, which cannot simply be dropped).</source>
        <translation>Contenu de fichiers conservé en RAM pour accélérer la prochaine lecture (inclut la mémoire partagée et tmpfs, qui ne peuvent pas simplement être libérés).</translation>
    </message>
    <message>
        <source>File cache used recently; reclaimed only after the inactive part.</source>
        <translation>Cache de fichiers utilisé récemment&#xa0;; récupéré seulement après la partie inactive.</translation>
    </message>
    <message>
        <source>File cache not used for a while: the first memory reclaimed when programs need more.</source>
        <translation>Cache de fichiers inutilisé depuis un moment&#xa0;: la première mémoire récupérée quand les programmes en demandent davantage.</translation>
    </message>
    <message>
        <source>Cached file data changed in memory and not yet written to disk.</source>
        <translation>Données de fichiers en cache modifiées en mémoire et pas encore écrites sur le disque.</translation>
    </message>
    <message>
        <source>Dirty data being written to disk right now.</source>
        <translation>Données modifiées en cours d&apos;écriture sur le disque.</translation>
    </message>
    <message>
        <source>Cached files that programs have mapped into their address space, such as libraries and executables.</source>
        <translation>Fichiers en cache que les programmes ont projetés dans leur espace d&apos;adressage, comme les bibliothèques et les exécutables.</translation>
    </message>
    <message>
        <source>Memory programs allocated for themselves (heap, stacks) that no file backs; it can only leave RAM by going to swap.</source>
        <translation>Mémoire que les programmes ont allouée pour eux-mêmes (tas, piles) et qu&apos;aucun fichier ne sous-tend&#xa0;; elle ne peut quitter la RAM qu&apos;en passant dans le swap.</translation>
    </message>
    <message>
        <source>Anonymous memory and shared memory used recently.</source>
        <translation>Mémoire anonyme et mémoire partagée utilisées récemment.</translation>
    </message>
    <message>
        <source>Anonymous memory and shared memory not used for a while: what goes to swap first.</source>
        <translation>Mémoire anonyme et mémoire partagée inutilisées depuis un moment&#xa0;: ce qui part en premier dans le swap.</translation>
    </message>
    <message>
        <source>Shared memory and tmpfs files (/dev/shm, /run, often graphics buffers). Counted in Cached, but it cannot be dropped, only swapped.</source>
        <translation>Mémoire partagée et fichiers tmpfs (/dev/shm, /run, souvent des tampons graphiques). Comptée dans Cached, mais elle ne peut pas être libérée, seulement placée dans le swap.</translation>
    </message>
    <message>
        <source>Memory that may not be reclaimed or swapped, such as locked pages and ramfs.</source>
        <translation>Mémoire qui ne peut être ni récupérée ni placée dans le swap, comme les pages verrouillées et ramfs.</translation>
    </message>
    <message>
        <source>Memory programs pinned in RAM with mlock().</source>
        <translation>Mémoire que les programmes ont verrouillée en RAM avec mlock().</translation>
    </message>
    <message>
        <source>The kernel&apos;s own object caches (inodes, directory entries, network buffers): reclaimable plus unreclaimable.</source>
        <translation>Caches d&apos;objets propres au noyau (inodes, entrées de répertoires, tampons réseau)&#xa0;: partie récupérable plus partie non récupérable.</translation>
    </message>
    <message>
        <source>Kernel caches that can be freed under pressure, mostly inode and directory-entry caches.</source>
        <translation>Caches du noyau qui peuvent être libérés en cas de pression mémoire, surtout les caches d&apos;inodes et d&apos;entrées de répertoires.</translation>
    </message>
    <message>
        <source>Kernel objects in use that cannot be freed on demand. Steady growth here can mean a kernel leak.</source>
        <translation>Objets du noyau en cours d&apos;utilisation qui ne peuvent pas être libérés à la demande. Une croissance continue ici peut indiquer une fuite dans le noyau.</translation>
    </message>
    <message>
        <source>All kernel memory the kernel can reclaim under pressure, reclaimable slab included.</source>
        <translation>Toute la mémoire noyau que le noyau peut récupérer en cas de pression mémoire, slab récupérable compris.</translation>
    </message>
    <message>
        <source>Stacks of every thread while it runs in the kernel; grows with the number of threads.</source>
        <translation>Piles de chaque thread pendant son exécution dans le noyau&#xa0;; croît avec le nombre de threads.</translation>
    </message>
    <message>
        <source>Shadow stacks used to protect return addresses on kernels built with that hardening.</source>
        <translation>Piles fantômes (shadow stacks) servant à protéger les adresses de retour, sur les noyaux compilés avec ce durcissement.</translation>
    </message>
    <message>
        <source>Tables translating programs&apos; virtual addresses to RAM; large when many processes map much memory.</source>
        <translation>Tables traduisant les adresses virtuelles des programmes en adresses de RAM&#xa0;; volumineuses quand de nombreux processus projettent beaucoup de mémoire.</translation>
    </message>
    <message>
        <source>Secondary page tables, such as those of virtual machines and IOMMUs.</source>
        <translation>Tables de pages secondaires, comme celles des machines virtuelles et des IOMMU.</translation>
    </message>
    <message>
        <source>Size of the kernel&apos;s vmalloc address range: address space, not memory.</source>
        <translation>Taille de la plage d&apos;adresses vmalloc du noyau&#xa0;: de l&apos;espace d&apos;adressage, pas de la mémoire.</translation>
    </message>
    <message>
        <source>Memory the kernel allocated through vmalloc (modules, some drivers and buffers).</source>
        <translation>Mémoire que le noyau a allouée via vmalloc (modules, certains pilotes et tampons).</translation>
    </message>
    <message>
        <source>Largest free block of vmalloc address space (newer kernels write 0).</source>
        <translation>Plus grand bloc libre de l&apos;espace d&apos;adressage vmalloc (les noyaux récents indiquent 0).</translation>
    </message>
    <message>
        <source>Kernel data kept once per CPU core.</source>
        <translation>Données du noyau conservées en un exemplaire par cœur de processeur.</translation>
    </message>
    <message>
        <source>RAM the kernel took out of use because the hardware reported it faulty.</source>
        <translation>RAM que le noyau a mise hors service parce que le matériel l&apos;a signalée défectueuse.</translation>
    </message>
    <message>
        <source>Buffers for devices that cannot reach all of RAM.</source>
        <translation>Tampons pour les périphériques qui ne peuvent pas accéder à toute la RAM.</translation>
    </message>
    <message>
        <source>Data sent to an NFS server but not yet committed to its storage.</source>
        <translation>Données envoyées à un serveur NFS mais pas encore validées sur son stockage.</translation>
    </message>
    <message>
        <source>Temporary buffers of file systems in user space (FUSE) being written back.</source>
        <translation>Tampons temporaires des systèmes de fichiers en espace utilisateur (FUSE) en cours d&apos;écriture.</translation>
    </message>
    <message>
        <source>Memory of a confidential virtual machine not yet accepted for use by the guest.</source>
        <translation>Mémoire d&apos;une machine virtuelle confidentielle pas encore acceptée par l&apos;invité.</translation>
    </message>
    <message>
        <source>Size of all active swap areas together.</source>
        <translation>Taille totale de toutes les zones de swap actives.</translation>
    </message>
    <message>
        <source>Swap space not in use.</source>
        <translation>Swap inutilisé.</translation>
    </message>
    <message>
        <source>Pages read back from swap whose swap copy is still kept, so they need not be written again if swapped out unchanged.</source>
        <translation>Pages relues depuis le swap dont la copie y est conservée&#xa0;: inutile de les réécrire si elles y retournent sans avoir été modifiées.</translation>
    </message>
    <message>
        <source>RAM used by zswap&apos;s compressed cache of pages on their way to swap.</source>
        <translation>RAM utilisée par le cache compressé de zswap, qui contient des pages en route vers le swap.</translation>
    </message>
    <message>
        <source>Uncompressed size of the pages held in zswap; compared with Zswap it gives the compression ratio.</source>
        <translation>Taille non compressée des pages conservées dans zswap&#xa0;; comparée à Zswap, elle donne le taux de compression.</translation>
    </message>
    <message>
        <source>Anonymous memory backed by transparent huge pages (2 MiB on x86-64).</source>
        <translation>Mémoire anonyme reposant sur des pages énormes transparentes (2&#xa0;Mio sur x86-64).</translation>
    </message>
    <message>
        <source>Shared memory and tmpfs backed by huge pages.</source>
        <translation>Mémoire partagée et tmpfs reposant sur des pages énormes.</translation>
    </message>
    <message>
        <source>Shared memory that programs map with huge pages.</source>
        <translation>Mémoire partagée que les programmes projettent avec des pages énormes.</translation>
    </message>
    <message>
        <source>File cache backed by huge pages.</source>
        <translation>Cache de fichiers reposant sur des pages énormes.</translation>
    </message>
    <message>
        <source>File cache that programs map with huge pages.</source>
        <translation>Cache de fichiers que les programmes projettent avec des pages énormes.</translation>
    </message>
    <message>
        <source>Number of pages in the default-size hugetlbfs pool; this memory is set aside whether used or not.</source>
        <translation>Nombre de pages de la réserve hugetlbfs de taille par défaut&#xa0;; cette mémoire est mise de côté, qu&apos;elle soit utilisée ou non.</translation>
    </message>
    <message>
        <source>Pages of the hugetlbfs pool not yet handed out.</source>
        <translation>Pages de la réserve hugetlbfs pas encore attribuées.</translation>
    </message>
    <message>
        <source>Pool pages promised to a mapping but not yet touched.</source>
        <translation>Pages de la réserve promises à une projection mais pas encore utilisées.</translation>
    </message>
    <message>
        <source>Pages allocated beyond the pool&apos;s size, allowed by vm.nr_overcommit_hugepages.</source>
        <translation>Pages allouées au-delà de la taille de la réserve, autorisées par vm.nr_overcommit_hugepages.</translation>
    </message>
    <message>
        <source>Size of one page of the default hugetlbfs pool.</source>
        <translation>Taille d&apos;une page de la réserve hugetlbfs par défaut.</translation>
    </message>
    <message>
        <source>Memory taken by hugetlbfs pools of every page size.</source>
        <translation>Mémoire occupée par les réserves hugetlbfs de toutes les tailles de page.</translation>
    </message>
    <message>
        <source>How much memory may be promised to programs when overcommit is strict (vm.overcommit_memory = 2): swap plus a share of RAM.</source>
        <translation>Quantité de mémoire pouvant être promise aux programmes quand le surengagement est strict (vm.overcommit_memory = 2)&#xa0;: le swap plus une part de la RAM.</translation>
    </message>
    <message>
        <source>Memory promised to programs so far, whether they have touched it or not: what would be needed if every promise were used.</source>
        <translation>Mémoire promise aux programmes jusqu&apos;ici, qu&apos;ils l&apos;aient utilisée ou non&#xa0;: ce qu&apos;il faudrait si toutes les promesses étaient honorées.</translation>
    </message>
    <message>
        <source>RAM the kernel maps for itself with 4 KiB pages.</source>
        <translation>RAM que le noyau projette pour lui-même avec des pages de 4&#xa0;Kio.</translation>
    </message>
    <message>
        <source>RAM the kernel maps for itself with 2 MiB pages.</source>
        <translation>RAM que le noyau projette pour lui-même avec des pages de 2&#xa0;Mio.</translation>
    </message>
    <message>
        <source>RAM the kernel maps for itself with 1 GiB pages.</source>
        <translation>RAM que le noyau projette pour lui-même avec des pages de 1&#xa0;Gio.</translation>
    </message>
    <message>
        <source>RAM reserved at boot for devices that need large contiguous buffers (usable as cache until a device asks).</source>
        <translation>RAM réservée au démarrage pour les périphériques qui ont besoin de grands tampons contigus (utilisable comme cache tant qu&apos;aucun périphérique ne la demande).</translation>
    </message>
    <message>
        <source>Part of the contiguous reserve not given to a device.</source>
        <translation>Partie de la réserve contiguë non attribuée à un périphérique.</translation>
    </message>
    <message>
        <source>A field MemLens does not describe yet; see the kernel&apos;s documentation of /proc/meminfo.</source>
        <translation>Un champ que MemLens ne décrit pas encore&#xa0;; consultez la documentation du noyau sur /proc/meminfo.</translation>
    </message>
    <message>
        <source>RAM</source>
        <translation>RAM</translation>
    </message>
    <message>
        <source>Page cache</source>
        <translation>Cache de pages</translation>
    </message>
    <message>
        <source>Anonymous and shared memory</source>
        <translation>Mémoire anonyme et partagée</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>Noyau</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>Swap</translation>
    </message>
    <message>
        <source>Huge pages</source>
        <translation>Pages énormes</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
    <message>
        <source>How much RAM there is, how much is idle and how much programs could still get.</source>
        <translation>Quantité de RAM présente, part inactive et ce que les programmes peuvent encore obtenir.</translation>
    </message>
    <message>
        <source>File contents kept in RAM. Most of it is given back as soon as programs need the memory.</source>
        <translation>Contenu de fichiers conservé en RAM. L&apos;essentiel est rendu dès que les programmes ont besoin de la mémoire.</translation>
    </message>
    <message>
        <source>Memory programs allocated for themselves; without swap it stays in RAM until they free it.</source>
        <translation>Mémoire que les programmes ont allouée pour eux-mêmes&#xa0;; sans swap, elle reste en RAM jusqu&apos;à ce qu&apos;ils la libèrent.</translation>
    </message>
    <message>
        <source>Memory the kernel uses for itself: caches of objects, stacks, page tables.</source>
        <translation>Mémoire que le noyau utilise pour lui-même&#xa0;: caches d&apos;objets, piles, tables de pages.</translation>
    </message>
    <message>
        <source>Space on disk (or compressed in RAM) where rarely used anonymous memory is moved.</source>
        <translation>Espace sur disque (ou compressé en RAM) où est déplacée la mémoire anonyme rarement utilisée.</translation>
    </message>
    <message>
        <source>Memory mapped in large pages, which are cheaper for the processor to translate.</source>
        <translation>Mémoire projetée en grandes pages, moins coûteuses à traduire pour le processeur.</translation>
    </message>
    <message>
        <source>Memory promised to programs, against the limit that applies when overcommit is strict.</source>
        <translation>Mémoire promise aux programmes, face à la limite qui s&apos;applique quand le surengagement est strict.</translation>
    </message>
    <message>
        <source>Fields that fit none of the groups above.</source>
        <translation>Champs n&apos;entrant dans aucun des groupes ci-dessus.</translation>
    </message>
</context>
<context>
    <name>MomentComparisonModel</name>
    <message>
        <source>PSS: each shared page divided among the processes sharing it</source>
        <translation>PSS&#xa0;: chaque page partagée répartie entre les processus qui la partagent</translation>
    </message>
    <message>
        <source>RSS: the PSS of some of its processes could not be read (another user&apos;s), so both moments count resident pages in full</source>
        <translation>RSS&#xa0;: le PSS de certains de ses processus n&apos;a pas pu être lu (ceux d&apos;un autre utilisateur), les deux moments comptent donc les pages résidentes en entier</translation>
    </message>
    <message>
        <source>not running</source>
        <translation>pas lancé</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Alors</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Actuel</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Processus</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>Memory is about to run out</source>
        <translation>La mémoire est sur le point de manquer</translation>
    </message>
    <message>
        <source>Memory is running short</source>
        <translation>La mémoire vient à manquer</translation>
    </message>
    <message>
        <source>A program was ended to free memory</source>
        <translation>Un programme a été arrêté pour libérer de la mémoire</translation>
    </message>
    <message>
        <source>Programs ended before it, not told one by one: %1. The Pressure page lists them all.</source>
        <translation>Programmes arrêtés avant lui, non signalés un par un&#xa0;: %1. La page «&#xa0;Pression, swap et OOM&#xa0;» les liste tous.</translation>
    </message>
    <message>
        <source>Open MemLens at this moment</source>
        <translation>Ouvrir MemLens à ce moment</translation>
    </message>
</context>
<context>
    <name>NumaNode</name>
    <message>
        <source>/proc/meminfo has no MemTotal</source>
        <translation>/proc/meminfo ne contient pas MemTotal</translation>
    </message>
    <message>
        <source>its meminfo has no MemTotal</source>
        <translation>son meminfo ne contient pas MemTotal</translation>
    </message>
    <message>
        <source>node %1&apos;s size is unknown: %2</source>
        <translation>la taille du nœud %1 est inconnue&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>NumaNodeModel</name>
    <message>
        <source>Node %1</source>
        <translation>Nœud %1</translation>
    </message>
    <message>
        <source>a rate needs two refreshes</source>
        <translation>un taux demande deux actualisations</translation>
    </message>
    <message>
        <source>Pages allocated on this node as intended (numa_hit).</source>
        <translation>Pages allouées sur ce nœud comme prévu (numa_hit).</translation>
    </message>
    <message>
        <source>Pages allocated here although another node was wanted, because it was full (numa_miss).</source>
        <translation>Pages allouées ici alors qu&apos;un autre nœud était voulu, parce qu&apos;il était plein (numa_miss).</translation>
    </message>
    <message>
        <source>Pages meant for this node that went to another one (numa_foreign).</source>
        <translation>Pages destinées à ce nœud qui sont allées sur un autre (numa_foreign).</translation>
    </message>
    <message>
        <source>Pages placed here by an interleaving policy as intended (interleave_hit).</source>
        <translation>Pages placées ici comme prévu par une politique d&apos;entrelacement (interleave_hit).</translation>
    </message>
    <message>
        <source>Pages allocated here for a process running on this node (local_node).</source>
        <translation>Pages allouées ici pour un processus qui tourne sur ce nœud (local_node).</translation>
    </message>
    <message>
        <source>Pages allocated here for a process running on another node: slower for it to reach (other_node).</source>
        <translation>Pages allouées ici pour un processus qui tourne sur un autre nœud&#xa0;: plus lentes à atteindre pour lui (other_node).</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>Free</source>
        <translation></translation>
    </message>
    <message>
        <source>File pages</source>
        <translation>Pages de fichiers</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonyme</translation>
    </message>
    <message>
        <source>Hits/s</source>
        <translation>Réussites/s</translation>
    </message>
    <message>
        <source>Misses/s</source>
        <translation>Échecs/s</translation>
    </message>
    <message>
        <source>Foreign/s</source>
        <translation>Étrangères/s</translation>
    </message>
    <message>
        <source>Interleaved/s</source>
        <translation>Entrelacées/s</translation>
    </message>
    <message>
        <source>Local/s</source>
        <translation>Locales/s</translation>
    </message>
    <message>
        <source>Remote/s</source>
        <translation>Distantes/s</translation>
    </message>
</context>
<context>
    <name>NumaReader</name>
    <message>
        <source>this kernel has no NUMA support: %1 does not exist</source>
        <translation>ce noyau ne prend pas en charge NUMA&#xa0;: %1 n&apos;existe pas</translation>
    </message>
</context>
<context>
    <name>NumaView</name>
    <message>
        <source>NUMA summary</source>
        <translation>Résumé NUMA</translation>
    </message>
    <message>
        <source>NUMA nodes</source>
        <translation>Nœuds NUMA</translation>
    </message>
    <message>
        <source>Each node is memory attached to one processor socket: a processor reaches its own node&apos;s memory faster than another&apos;s. &lt;b&gt;Misses&lt;/b&gt; and &lt;b&gt;foreign&lt;/b&gt; pages mean a node ran full and allocations spilled over; &lt;b&gt;remote&lt;/b&gt; pages are used by processes running elsewhere. Rates are pages per second over the last refresh.</source>
        <translation>Chaque nœud est de la mémoire reliée à un socle de processeur&#xa0;: un processeur atteint la mémoire de son propre nœud plus vite que celle d&apos;un autre. Les &lt;b&gt;échecs&lt;/b&gt; et les pages &lt;b&gt;étrangères&lt;/b&gt; signifient qu&apos;un nœud s&apos;est rempli et que des allocations ont débordé&#xa0;; les pages &lt;b&gt;distantes&lt;/b&gt; servent à des processus qui tournent ailleurs. Les taux sont en pages par seconde depuis la dernière actualisation.</translation>
    </message>
    <message>
        <source>No NUMA figures: %1.</source>
        <translation>Pas de chiffres NUMA&#xa0;: %1.</translation>
    </message>
    <message>
        <source>This machine has a single NUMA node: all its memory is equally close to every processor, so there is nothing to balance between nodes.</source>
        <translation>Cette machine a un seul nœud NUMA&#xa0;: toute sa mémoire est aussi proche de chaque processeur, il n&apos;y a donc rien à équilibrer entre nœuds.</translation>
    </message>
    <message numerus="yes">
        <source>%n NUMA nodes.</source>
        <translation>
            <numerusform>%n nœud NUMA.</numerusform>
            <numerusform>%n nœuds NUMA.</numerusform>
        </translation>
    </message>
    <message>
        <source>Whether the nodes add up to MemTotal is unknown: %1.</source>
        <translation>On ne sait pas si les nœuds totalisent MemTotal&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The nodes hold %1 less than /proc/meminfo&apos;s MemTotal: memory the kernel counts as the machine&apos;s but attributes to no node.</source>
        <translation>Les nœuds contiennent %1 de moins que le MemTotal de /proc/meminfo&#xa0;: de la mémoire que le noyau compte pour la machine mais n&apos;attribue à aucun nœud.</translation>
    </message>
    <message>
        <source>The nodes hold %1 more than /proc/meminfo&apos;s MemTotal: their files were read a moment apart.</source>
        <translation>Les nœuds contiennent %1 de plus que le MemTotal de /proc/meminfo&#xa0;: leurs fichiers ont été lus à un instant d&apos;écart.</translation>
    </message>
</context>
<context>
    <name>OomAdjustDialog</name>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>OOM score of %1 (%2)</source>
        <translation>Score OOM de %1 (%2)</translation>
    </message>
    <message>
        <source>When memory runs out, the kernel ends the process with the highest OOM score. &lt;b&gt;%1&lt;/b&gt; (PID %2) has a score of &lt;b&gt;%3&lt;/b&gt; with an adjustment of &lt;b&gt;%4&lt;/b&gt;. A negative adjustment protects it, a positive one offers it up first.</source>
        <translation>Quand la mémoire vient à manquer, le noyau met fin au processus dont le score OOM est le plus élevé. &lt;b&gt;%1&lt;/b&gt; (PID %2) a un score de &lt;b&gt;%3&lt;/b&gt; avec un ajustement de &lt;b&gt;%4&lt;/b&gt;. Un ajustement négatif le protège, un ajustement positif le désigne en premier.</translation>
    </message>
    <message>
        <source>OOM score adjustment</source>
        <translation>Ajustement du score OOM</translation>
    </message>
    <message>
        <source>OOM score adjustment value</source>
        <translation>Valeur de l&apos;ajustement du score OOM</translation>
    </message>
    <message>
        <source>Never chosen</source>
        <translation>Jamais choisi</translation>
    </message>
    <message>
        <source>Chosen first</source>
        <translation>Choisi en premier</translation>
    </message>
    <message>
        <source>&lt;b&gt;−1000 makes the process immune:&lt;/b&gt; however much memory it takes, the OOM killer ends other processes instead, and if nothing else is left the system can hang.</source>
        <translation>&lt;b&gt;−1000 immunise le processus&#xa0;:&lt;/b&gt; quelle que soit la mémoire qu&apos;il occupe, le tueur OOM met fin à d&apos;autres processus à sa place et, s&apos;il ne reste plus rien d&apos;autre, le système peut se bloquer.</translation>
    </message>
    <message>
        <source>Make %1 immune to the OOM killer?</source>
        <translation>Immuniser %1 contre le tueur OOM&#xa0;?</translation>
    </message>
    <message>
        <source>With −1000 the kernel will never end %1 when memory runs out, even if it is what uses it all.</source>
        <translation>Avec −1000, le noyau ne mettra jamais fin à %1 quand la mémoire viendra à manquer, même si c&apos;est lui qui la consomme entièrement.</translation>
    </message>
    <message>
        <source>Done: %1; %2. The Tuning page lists it, to undo it.</source>
        <translation>Terminé&#xa0;: %1&#xa0;; %2. La page Réglages la liste, pour l&apos;annuler.</translation>
    </message>
</context>
<context>
    <name>Overcommit</name>
    <message>
        <source>the commit limit cannot be computed here: meminfo lacks MemTotal or SwapTotal, or an overcommit sysctl is out of range</source>
        <translation>la limite d&apos;engagement ne peut pas être calculée ici&#xa0;: il manque MemTotal ou SwapTotal dans meminfo, ou un sysctl de surengagement est hors de sa plage</translation>
    </message>
</context>
<context>
    <name>OvercommitView</name>
    <message>
        <source>&lt;b&gt;Heuristic&lt;/b&gt; (vm.overcommit_memory = 0, the default): the kernel refuses only an allocation that could never fit in RAM and swap together. It promises more than it has, betting that programs never touch all they ask for; if they do, the OOM killer settles it.</source>
        <translation>&lt;b&gt;Heuristique&lt;/b&gt; (vm.overcommit_memory = 0, le réglage par défaut)&#xa0;: le noyau ne refuse qu&apos;une allocation qui ne pourrait jamais tenir dans la RAM et le swap réunis. Il promet plus qu&apos;il n&apos;a, en pariant que les programmes ne touchent jamais tout ce qu&apos;ils demandent&#xa0;; sinon, le tueur OOM tranche.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Always&lt;/b&gt; (vm.overcommit_memory = 1): every allocation is granted, however large. Nothing fails at allocation time; running out is left to the OOM killer.</source>
        <translation>&lt;b&gt;Toujours&lt;/b&gt; (vm.overcommit_memory = 1)&#xa0;: toute allocation est accordée, quelle que soit sa taille. Rien n&apos;échoue à l&apos;allocation&#xa0;; la pénurie est laissée au tueur OOM.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Strict&lt;/b&gt; (vm.overcommit_memory = 2): the kernel refuses an allocation once what it has promised would pass the commit limit. Programs get errors instead of the OOM killer.</source>
        <translation>&lt;b&gt;Strict&lt;/b&gt; (vm.overcommit_memory = 2)&#xa0;: le noyau refuse une allocation dès que ce qu&apos;il a promis dépasserait la limite d&apos;engagement. Les programmes reçoivent des erreurs au lieu d&apos;être tués par le tueur OOM.</translation>
    </message>
    <message>
        <source>Overcommit mode</source>
        <translation>Mode de surengagement</translation>
    </message>
    <message>
        <source>Commit limit</source>
        <translation>Limite d&apos;engagement</translation>
    </message>
    <message>
        <source>Room left to commit</source>
        <translation>Marge d&apos;engagement restante</translation>
    </message>
    <message>
        <source>When a program asks for memory, the kernel only promises it; RAM is taken when the program first touches it. &lt;b&gt;Committed_AS&lt;/b&gt; adds up every promise still open: heaps, stacks, private mappings. The &lt;b&gt;commit limit&lt;/b&gt; is how much the kernel would promise in strict mode.</source>
        <translation>Quand un programme demande de la mémoire, le noyau ne fait que la promettre&#xa0;; la RAM est prise quand le programme la touche pour la première fois. &lt;b&gt;Committed_AS&lt;/b&gt; additionne toutes les promesses en cours&#xa0;: tas, piles, projections privées. La &lt;b&gt;limite d&apos;engagement&lt;/b&gt; est ce que le noyau promettrait en mode strict.</translation>
    </message>
    <message>
        <source>Memory committed against the commit limit</source>
        <translation>Mémoire engagée par rapport à la limite d&apos;engagement</translation>
    </message>
    <message>
        <source>Overcommit is unknown: %1.</source>
        <translation>Le mode de surengagement est inconnu&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1 committed of a %2 limit (%3 %)</source>
        <translation>%1 engagés sur une limite de %2 (%3&#xa0;%)</translation>
    </message>
    <message>
        <source>Committed_AS is not in /proc/meminfo</source>
        <translation>Committed_AS n&apos;est pas dans /proc/meminfo</translation>
    </message>
    <message>
        <source>vm.overcommit_kbytes plus all swap (%1)</source>
        <translation>vm.overcommit_kbytes plus tout le swap (%1)</translation>
    </message>
    <message>
        <source>%1 % of the RAM outside huge page pools (vm.overcommit_ratio) plus all swap (%2)</source>
        <translation>%1&#xa0;% de la RAM hors réserves de pages énormes (vm.overcommit_ratio) plus tout le swap (%2)</translation>
    </message>
    <message>
        <source>Commit limit &lt;b&gt;%1&lt;/b&gt;: %2.</source>
        <translation>Limite d&apos;engagement &lt;b&gt;%1&lt;/b&gt;&#xa0;: %2.</translation>
    </message>
    <message>
        <source>This kernel&apos;s meminfo has no CommitLimit to check it against.</source>
        <translation>Le meminfo de ce noyau n&apos;a pas de CommitLimit pour la vérifier.</translation>
    </message>
    <message>
        <source>The kernel&apos;s CommitLimit agrees.</source>
        <translation>Le CommitLimit du noyau concorde.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The kernel&apos;s CommitLimit says %1&lt;/b&gt;: a setting changed between the reads, or this kernel computes it differently.</source>
        <translation>&lt;b&gt;Le CommitLimit du noyau indique %1&lt;/b&gt;&#xa0;: un réglage a changé entre les lectures, ou ce noyau le calcule autrement.</translation>
    </message>
    <message>
        <source>Outside strict mode the limit refuses nothing; it measures how far promises run ahead of memory.</source>
        <translation>Hors du mode strict, la limite ne refuse rien&#xa0;; elle mesure de combien les promesses devancent la mémoire.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The limit is reached&lt;/b&gt;: new allocations of ordinary users fail; only root may use its reserve of %1.</source>
        <translation>&lt;b&gt;La limite est atteinte&lt;/b&gt;&#xa0;: les nouvelles allocations des utilisateurs ordinaires échouent&#xa0;; seul root peut puiser dans sa réserve de %1.</translation>
    </message>
    <message>
        <source>/proc/meminfo has no Committed_AS</source>
        <translation>/proc/meminfo n&apos;a pas de Committed_AS</translation>
    </message>
    <message>
        <source>How much more can be committed is unknown: %1.</source>
        <translation>On ne sait pas combien peut encore être engagé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; more can be committed before allocations start to fail; a large process fails somewhat sooner, as the kernel holds back up to a 32nd of its size (at most vm.user_reserve_kbytes) for it to recover. Root keeps %2 beyond that (vm.admin_reserve_kbytes), to be able to log in and repair.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; peuvent encore être engagés avant que les allocations n&apos;échouent&#xa0;; un gros processus échoue un peu plus tôt, car le noyau retient jusqu&apos;à un 32e de sa taille (au plus vm.user_reserve_kbytes) pour qu&apos;il puisse se rétablir. Root garde %2 au-delà (vm.admin_reserve_kbytes), pour pouvoir se connecter et réparer.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Free and available memory</source>
        <translation>Mémoire libre et disponible</translation>
    </message>
    <message>
        <source>Select a field to see what it means.</source>
        <translation>Sélectionnez un champ pour voir sa signification.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>All the RAM the kernel manages (MemTotal): installed memory minus what firmware and the kernel image reserve.</source>
        <translation>Toute la RAM gérée par le noyau (MemTotal)&#xa0;: la mémoire installée moins ce que réservent le micrologiciel et l&apos;image du noyau.</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>How much programs could still get without swapping (MemAvailable): free RAM plus the cache the kernel can drop.</source>
        <translation>Ce que les programmes peuvent encore obtenir sans recourir au swap (MemAvailable)&#xa0;: la RAM libre plus le cache que le noyau peut libérer.</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Utilisée</translation>
    </message>
    <message>
        <source>Total minus available: memory that is not free and cannot simply be reclaimed.</source>
        <translation>Total moins disponible&#xa0;: la mémoire qui n&apos;est pas libre et ne peut pas simplement être récupérée.</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <source>Buffers, page cache and reclaimable kernel caches, as free(1) counts buff/cache. Most of it is given back on demand.</source>
        <translation>Tampons, cache de pages et caches noyau récupérables, comme free(1) compte buff/cache. L&apos;essentiel est rendu à la demande.</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>Swap</translation>
    </message>
    <message>
        <source>Swap space in use out of all swap space (SwapTotal − SwapFree).</source>
        <translation>Swap utilisé par rapport au swap total (SwapTotal − SwapFree).</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>Memory promised to programs (Committed_AS) against the limit the kernel would enforce in strict overcommit mode (CommitLimit).</source>
        <translation>Mémoire promise aux programmes (Committed_AS) face à la limite que le noyau imposerait en mode de surengagement strict (CommitLimit).</translation>
    </message>
    <message>
        <source>Swap used</source>
        <translation>Swap utilisé</translation>
    </message>
    <message>
        <source>Memory composition</source>
        <translation>Composition de la mémoire</translation>
    </message>
    <message>
        <source>Memory fields</source>
        <translation>Champs mémoire</translation>
    </message>
    <message>
        <source>Memory figures are unavailable: %1</source>
        <translation>Valeurs mémoire indisponibles&#xa0;: %1</translation>
    </message>
    <message>
        <source>of RAM</source>
        <translation>de RAM</translation>
    </message>
    <message>
        <source>not reported by this kernel</source>
        <translation>non fourni par ce noyau</translation>
    </message>
    <message>
        <source>%1 % of total</source>
        <translation>%1&#xa0;% du total</translation>
    </message>
    <message>
        <source>of %1 (%2 %)</source>
        <translation>sur %1 (%2&#xa0;%)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>no swap space is active</source>
        <translation>aucun swap actif</translation>
    </message>
    <message>
        <source>of a %1 limit (%2 %)</source>
        <translation>sur une limite de %1 (%2&#xa0;%)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; of RAM is free. This kernel does not estimate available memory (MemAvailable).</source>
        <translation>RAM libre&#xa0;: &lt;b&gt;%1&lt;/b&gt;. Ce noyau n&apos;estime pas la mémoire disponible (MemAvailable).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Free is not available.&lt;/b&gt; Only &lt;b&gt;%1&lt;/b&gt; of RAM holds nothing at all, yet &lt;b&gt;%2&lt;/b&gt; is available to programs: the kernel would hand over about &lt;b&gt;%3&lt;/b&gt; of cache it can drop before anything has to go to swap. Linux uses idle RAM as cache on purpose, so a small free figure is normal; watch available instead.</source>
        <translation>&lt;b&gt;Libre ne veut pas dire disponible.&lt;/b&gt; La RAM totalement vide ne représente que &lt;b&gt;%1&lt;/b&gt;, et pourtant les programmes disposent encore de &lt;b&gt;%2&lt;/b&gt;&#xa0;: le noyau leur céderait environ &lt;b&gt;%3&lt;/b&gt; de cache libérable avant de devoir placer quoi que ce soit dans le swap. Linux utilise volontairement la RAM inactive comme cache&#xa0;; une faible quantité de mémoire libre est donc normale. Surveillez plutôt la mémoire disponible.</translation>
    </message>
    <message>
        <source>How RAM is used over the last minutes, stacked from programs&apos; own memory at the bottom; free memory on top only when asked for. Swap in use is the line, on the right axis.</source>
        <translation>Utilisation de la RAM ces dernières minutes, empilée depuis la mémoire propre des programmes en bas&#xa0;; la mémoire libre en haut seulement sur demande. Le swap utilisé est la ligne, sur l&apos;axe de droite.</translation>
    </message>
    <message>
        <source>Show &amp;free memory (colours as in the bar below)</source>
        <translation>Afficher la mémoire &amp;libre (couleurs comme dans la barre ci-dessous)</translation>
    </message>
    <message>
        <source>Draw free RAM on top of what is in use, up to the total</source>
        <translation>Dessiner la RAM libre au-dessus de la mémoire utilisée, jusqu&apos;au total</translation>
    </message>
    <message>
        <source>Using the most memory</source>
        <translation>Utilisent le plus de mémoire</translation>
    </message>
    <message>
        <source>Applications using the most memory</source>
        <translation>Applications qui utilisent le plus de mémoire</translation>
    </message>
    <message>
        <source>PSS summed over each application&apos;s processes, grouped as on the Processes page. Click one to see its processes.</source>
        <translation>PSS additionnée sur les processus de chaque application, regroupés comme sur la page Processus. Cliquez sur une application pour voir ses processus.</translation>
    </message>
    <message>
        <source>The other applications</source>
        <translation>Les autres applications</translation>
    </message>
    <message>
        <source>and 1 more application, %1.</source>
        <translation>et 1 autre application, %1.</translation>
    </message>
    <message>
        <source>and %1 more applications, %2 together.</source>
        <translation>et %1 autres applications, %2 en tout.</translation>
    </message>
    <message>
        <source>and 1 more application.</source>
        <translation>et 1 autre application.</translation>
    </message>
    <message>
        <source>and %1 more applications.</source>
        <translation>et %1 autres applications.</translation>
    </message>
    <message>
        <source>%1 % of total, %2 of it the ZFS ARC</source>
        <translation>%1&#xa0;% du total, dont %2 d&apos;ARC ZFS</translation>
    </message>
    <message>
        <source>The ZFS ARC holds another &lt;b&gt;%1&lt;/b&gt; as cache and gives back up to &lt;b&gt;%2&lt;/b&gt; of it when programs need memory; Linux&apos;s MemAvailable leaves the ARC out, so programs can get that much more.</source>
        <translation>L&apos;ARC de ZFS garde encore &lt;b&gt;%1&lt;/b&gt; en cache et en rend jusqu&apos;à &lt;b&gt;%2&lt;/b&gt; quand les programmes ont besoin de mémoire&#xa0;; MemAvailable de Linux laisse l&apos;ARC de côté, les programmes peuvent donc obtenir d&apos;autant plus.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Free is not available.&lt;/b&gt; &lt;b&gt;%1&lt;/b&gt; of RAM holds nothing, but only &lt;b&gt;%2&lt;/b&gt; of it is available to programs: the kernel keeps &lt;b&gt;%3&lt;/b&gt; in reserve for itself (its low watermarks), and there is little page cache to drop. Watch available, not free.</source>
        <translation>&lt;b&gt;Libre ne veut pas dire disponible.&lt;/b&gt; La RAM vide représente &lt;b&gt;%1&lt;/b&gt;, mais les programmes ne disposent que de &lt;b&gt;%2&lt;/b&gt;&#xa0;: le noyau garde &lt;b&gt;%3&lt;/b&gt; en réserve pour lui-même (ses seuils bas, «&#xa0;low watermarks&#xa0;»), et il y a peu de cache de pages à libérer. Surveillez la mémoire disponible, pas la mémoire libre.</translation>
    </message>
</context>
<context>
    <name>PosixSharedMemoryModel</name>
    <message>
        <source>What its pages take in RAM or swap; pages never written take nothing.</source>
        <translation>Ce que ses pages occupent en RAM ou en swap&#xa0;; les pages jamais écrites n&apos;occupent rien.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>In memory</source>
        <translation>En mémoire</translation>
    </message>
</context>
<context>
    <name>PressurePage</name>
    <message>
        <source>%1 : 1</source>
        <translation>%1&#xa0;:&#xa0;1</translation>
    </message>
    <message>
        <source>Memory pressure (PSI)</source>
        <translation>Pression mémoire (PSI)</translation>
    </message>
    <message>
        <source>Share of time in which programs waited for memory. &quot;Some&quot;: at least one task was stalled; &quot;full&quot;: all running tasks were stalled at once, so the machine did no useful work. &quot;avg10&quot; is the kernel&apos;s 10-second average, &quot;now&quot; the share of the last refresh interval.</source>
        <translation>Part du temps pendant laquelle les programmes ont attendu de la mémoire. «&#xa0;some&#xa0;»&#xa0;: au moins une tâche était bloquée&#xa0;; «&#xa0;full&#xa0;»&#xa0;: toutes les tâches en cours d&apos;exécution étaient bloquées en même temps, la machine ne faisait donc aucun travail utile. «&#xa0;avg10&#xa0;» est la moyenne du noyau sur 10&#xa0;secondes, «&#xa0;actuel&#xa0;» la part du dernier intervalle d&apos;actualisation.</translation>
    </message>
    <message>
        <source>Swap traffic</source>
        <translation>Trafic de swap</translation>
    </message>
    <message>
        <source>Memory written out to swap and read back in, per second. Steady traffic both ways means the working set does not fit in RAM.</source>
        <translation>Mémoire écrite dans le swap et relue depuis celui-ci, par seconde. Un trafic constant dans les deux sens signifie que l&apos;ensemble de travail ne tient pas en RAM.</translation>
    </message>
    <message>
        <source>Major page faults</source>
        <translation>Défauts de page majeurs</translation>
    </message>
    <message>
        <source>Times per second a program touched memory that had to be read from disk or swap first. Each one is a wait.</source>
        <translation>Nombre de fois par seconde où un programme a accédé à de la mémoire qu&apos;il a d&apos;abord fallu lire depuis le disque ou le swap. Chacune de ces fois est une attente.</translation>
    </message>
    <message>
        <source>Swap devices</source>
        <translation>Périphériques de swap</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Périphérique</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Utilisé</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Higher priority is used first; devices of equal priority are used in turn.</source>
        <translation>Le périphérique de plus haute priorité est utilisé en premier&#xa0;; les périphériques de même priorité sont utilisés à tour de rôle.</translation>
    </message>
    <message>
        <source>Compressed memory</source>
        <translation>Mémoire compressée</translation>
    </message>
    <message>
        <source>zram and zswap</source>
        <translation>zram et zswap</translation>
    </message>
    <message>
        <source>Next in line for the OOM killer</source>
        <translation>Prochains sur la liste du tueur OOM</translation>
    </message>
    <message>
        <source>Processes by OOM score</source>
        <translation>Processus par score OOM</translation>
    </message>
    <message>
        <source>When memory runs out, the kernel ends the process with the highest score. The score grows with the memory a process uses; oom_score_adj moves it up or down.</source>
        <translation>Quand la mémoire vient à manquer, le noyau met fin au processus dont le score est le plus élevé. Le score croît avec la mémoire qu&apos;un processus utilise&#xa0;; oom_score_adj le fait monter ou descendre.</translation>
    </message>
    <message>
        <source>OOM kills</source>
        <translation>Éliminations OOM</translation>
    </message>
    <message>
        <source>OOM kill count</source>
        <translation>Nombre d&apos;éliminations OOM</translation>
    </message>
    <message>
        <source>OOM kill history</source>
        <translation>Historique des éliminations OOM</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Processus</translation>
    </message>
    <message>
        <source>RSS</source>
        <translation>RSS</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>OOM adj</source>
        <translation>Ajust. OOM</translation>
    </message>
    <message>
        <source>What the process had in RAM when it was killed: anonymous, file and shared memory.</source>
        <translation>Ce que le processus avait en RAM au moment où il a été tué&#xa0;: mémoire anonyme, de fichiers et partagée.</translation>
    </message>
    <message>
        <source>Reading the kernel log…</source>
        <translation>Lecture du journal du noyau…</translation>
    </message>
    <message>
        <source>Now: some %1 %, full %2 % of the last 10 seconds.</source>
        <translation>Actuellement&#xa0;: some %1&#xa0;%, full %2&#xa0;% des 10 dernières secondes.</translation>
    </message>
    <message>
        <source>Memory pressure is unavailable: %1</source>
        <translation>Pression mémoire indisponible&#xa0;: %1</translation>
    </message>
    <message>
        <source>zram (compressed RAM)</source>
        <translation>zram (RAM compressée)</translation>
    </message>
    <message>
        <source>unknown algorithm</source>
        <translation>algorithme inconnu</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2): %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: not set up.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&#xa0;: non configuré.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2, %3): holds %4 of data compressed to %5 (ratio %6); with its overhead it takes %7 of RAM.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2, %3)&#xa0;: contient %4 de données compressées en %5 (taux %6)&#xa0;; avec sa surcharge, il occupe %7 de RAM.</translation>
    </message>
    <message>
        <source>&lt;b&gt;zram&lt;/b&gt;: no zram devices.</source>
        <translation>&lt;b&gt;zram&lt;/b&gt;&#xa0;: aucun périphérique zram.</translation>
    </message>
    <message>
        <source>&lt;b&gt;zram&lt;/b&gt;: %1</source>
        <translation>&lt;b&gt;zram&lt;/b&gt;&#xa0;: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;zswap&lt;/b&gt; holds nothing: it is off, or nothing has been swapped out since it was turned on.</source>
        <translation>&lt;b&gt;zswap&lt;/b&gt; ne contient rien&#xa0;: il est désactivé, ou rien n&apos;a été placé dans le swap depuis son activation.</translation>
    </message>
    <message>
        <source>&lt;b&gt;zswap&lt;/b&gt; keeps %1 of swapped pages compressed in %2 of RAM (ratio %3) before they reach the swap device.</source>
        <translation>&lt;b&gt;zswap&lt;/b&gt; conserve %1 de pages évincées vers le swap, compressées dans %2 de RAM (taux %3), avant qu&apos;elles n&apos;atteignent le périphérique de swap.</translation>
    </message>
    <message>
        <source>&lt;b&gt;zswap&lt;/b&gt;: this kernel does not report it (Zswap and Zswapped in meminfo, Linux 5.19 and later).</source>
        <translation>&lt;b&gt;zswap&lt;/b&gt;&#xa0;: ce noyau ne le signale pas (Zswap et Zswapped dans meminfo, Linux 5.19 et ultérieur).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The OOM killer has ended &lt;b&gt;%1&lt;/b&gt; processes since boot.</source>
        <translation>Le tueur OOM a mis fin à &lt;b&gt;%1&lt;/b&gt; processus depuis le démarrage.</translation>
    </message>
    <message>
        <source>This kernel does not count OOM kills (oom_kill in /proc/vmstat, Linux 4.13 and later).</source>
        <translation>Ce noyau ne compte pas les éliminations OOM (oom_kill dans /proc/vmstat, Linux 4.13 et ultérieur).</translation>
    </message>
    <message>
        <source>In control groups: %1</source>
        <translation>Dans les groupes de contrôle&#xa0;: %1</translation>
    </message>
    <message>
        <source>anonymous %1, file %2, shared memory %3</source>
        <translation>anonyme %1, fichiers %2, mémoire partagée %3</translation>
    </message>
    <message>
        <source>%1; the process was in %2</source>
        <translation>%1&#xa0;; le processus se trouvait dans %2</translation>
    </message>
    <message>
        <source>No OOM kills in the %1.</source>
        <translation>Aucune élimination OOM dans le %1.</translation>
    </message>
    <message>
        <source>From the %1.</source>
        <translation>Source&#xa0;: le %1.</translation>
    </message>
    <message>
        <source>Some messages were only partly understood: %1</source>
        <translation>Certains messages n&apos;ont été que partiellement compris&#xa0;: %1</translation>
    </message>
    <message>
        <source>Swap devices note</source>
        <translation>Note sur les périphériques de swap</translation>
    </message>
    <message>
        <source>Unavailable: %1</source>
        <translation>Indisponible&#xa0;: %1</translation>
    </message>
    <message>
        <source>None active: memory that is not cache can only stay in RAM.</source>
        <translation>Aucun actif&#xa0;: la mémoire qui n&apos;est pas du cache ne peut que rester en RAM.</translation>
    </message>
    <message>
        <source>The whole system ran out of memory, or a control group reached its limit (the kernel&apos;s OOM killer); or systemd-oomd or earlyoom acted first, on pressure, swap or available memory.</source>
        <translation>Le système entier a manqué de mémoire, ou un groupe de contrôle a atteint sa limite (le tueur OOM du noyau)&#xa0;; ou bien systemd-oomd ou earlyoom ont agi avant, sur la pression, le swap ou la mémoire disponible.</translation>
    </message>
    <message>
        <source>Memory pressure now</source>
        <translation>Pression mémoire actuelle</translation>
    </message>
    <message>
        <source>At this rate, available memory and free swap run out in about %1 s.</source>
        <translation>À ce rythme, la mémoire disponible et le swap libre seront épuisés dans environ %1&#xa0;s.</translation>
    </message>
    <message>
        <source>At this rate, available memory and free swap run out in about %1 min.</source>
        <translation>À ce rythme, la mémoire disponible et le swap libre seront épuisés dans environ %1&#xa0;min.</translation>
    </message>
</context>
<context>
    <name>PressureTrigger</name>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 ne peut pas être ouvert&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not the kernel&apos;s pressure file</source>
        <translation>%1 n&apos;est pas le fichier de pression du noyau</translation>
    </message>
    <message>
        <source>this kernel lets only root set a pressure trigger (Linux 6.5 and later let any user)</source>
        <translation>ce noyau ne laisse que root poser un déclencheur de pression (Linux 6.5 et suivants le permettent à tout utilisateur)</translation>
    </message>
    <message>
        <source>the kernel refused a pressure trigger on %1: %2</source>
        <translation>le noyau a refusé un déclencheur de pression sur %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>PrivilegedReply</name>
    <message>
        <source>the helper&apos;s client gave an answer MemLens does not understand: %1</source>
        <translation>le client de l&apos;utilitaire privilégié a donné une réponse que MemLens ne comprend pas&#xa0;: %1</translation>
    </message>
    <message>
        <source>You are not allowed to make this change: the system&apos;s policy refused it.</source>
        <translation>Vous n&apos;êtes pas autorisé à effectuer cette modification&#xa0;: la politique du système l&apos;a refusée.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>Annulé&#xa0;: rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>MemLens&apos;s privileged helper is not installed. Install it with: sudo cmake --install build/dev --component memlens-helper --prefix /usr (./build.sh run does this for you).</source>
        <translation>L&apos;utilitaire privilégié de MemLens n&apos;est pas installé. Installez-le avec&#xa0;: sudo cmake --install build/dev --component memlens-helper --prefix /usr (./build.sh run le fait pour vous).</translation>
    </message>
    <message>
        <source>memlens-kauth-client was not found next to MemLens; rebuild MemLens (./build.sh run).</source>
        <translation>memlens-kauth-client est introuvable à côté de MemLens&#xa0;; recompilez MemLens (./build.sh run).</translation>
    </message>
    <message>
        <source>The helper is busy with another change; try again in a moment.</source>
        <translation>L&apos;utilitaire privilégié est occupé par une autre modification&#xa0;; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The helper refused the request: %1</source>
        <translation>L&apos;utilitaire privilégié a refusé la requête&#xa0;: %1</translation>
    </message>
    <message>
        <source>The kernel refused the value: %1</source>
        <translation>Le noyau a refusé la valeur&#xa0;: %1</translation>
    </message>
    <message>
        <source>The process has ended (or its number now belongs to another process): %1</source>
        <translation>Le processus s&apos;est terminé (ou son numéro appartient désormais à un autre processus)&#xa0;: %1</translation>
    </message>
    <message>
        <source>The change failed: %1</source>
        <translation>La modification a échoué&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>PrivilegedRequest</name>
    <message>
        <source>Set vm.swappiness to %1</source>
        <translation>Définir vm.swappiness à %1</translation>
    </message>
    <message>
        <source>use them %1</source>
        <translation>utilisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>defragment %1</source>
        <translation>défragmentation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Set transparent huge pages: %1</source>
        <translation>Définir les pages énormes transparentes&#xa0;: %1</translation>
    </message>
    <message>
        <source>the page cache</source>
        <translation>le cache de pages</translation>
    </message>
    <message>
        <source>dentries and inodes</source>
        <translation>les dentries et les inodes</translation>
    </message>
    <message>
        <source>the page cache, dentries and inodes</source>
        <translation>le cache de pages, les dentries et les inodes</translation>
    </message>
    <message>
        <source>Drop %1</source>
        <translation>Vider %1</translation>
    </message>
    <message>
        <source>Set the OOM score adjustment of %1 (PID %2) to %3</source>
        <translation>Définir l&apos;ajustement du score OOM de %1 (PID %2) à %3</translation>
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
        <translation>Ajuster le score &amp;OOM…</translation>
    </message>
    <message>
        <source>Process details</source>
        <translation>Détails du processus</translation>
    </message>
    <message>
        <source>Resident set size: everything of this process in RAM, shared pages counted in full.</source>
        <translation>Taille de l&apos;ensemble résident&#xa0;: tout ce que ce processus a en RAM, pages partagées comptées en entier.</translation>
    </message>
    <message>
        <source>Proportional set size: resident memory with each shared page divided among the processes that map it.</source>
        <translation>Taille de l&apos;ensemble proportionnel&#xa0;: mémoire résidente dont chaque page partagée est répartie entre les processus qui la projettent.</translation>
    </message>
    <message>
        <source>  anonymous</source>
        <translation>  anonyme</translation>
    </message>
    <message>
        <source>The part of PSS that is the process&apos;s own data: heap, stack, private copies.</source>
        <translation>La part du PSS correspondant aux données propres du processus&#xa0;: tas, pile, copies privées.</translation>
    </message>
    <message>
        <source>  file</source>
        <translation>  fichiers</translation>
    </message>
    <message>
        <source>The part of PSS that is file contents: the program, its libraries, mapped files.</source>
        <translation>La part du PSS correspondant au contenu de fichiers&#xa0;: le programme, ses bibliothèques, les fichiers projetés.</translation>
    </message>
    <message>
        <source>  shared memory</source>
        <translation>  mémoire partagée</translation>
    </message>
    <message>
        <source>The part of PSS in shared memory and tmpfs.</source>
        <translation>La part du PSS en mémoire partagée et tmpfs.</translation>
    </message>
    <message>
        <source>USS</source>
        <translation>USS</translation>
    </message>
    <message>
        <source>Unique set size: pages only this process maps. Ending it frees at least this much.</source>
        <translation>Taille de l&apos;ensemble unique&#xa0;: pages que seul ce processus projette. Y mettre fin libère au moins cette quantité.</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Partagée</translation>
    </message>
    <message>
        <source>Resident pages also mapped by other processes.</source>
        <translation>Pages résidentes également projetées par d&apos;autres processus.</translation>
    </message>
    <message>
        <source>Memory of this process moved out to swap.</source>
        <translation>Mémoire de ce processus déplacée dans le swap.</translation>
    </message>
    <message>
        <source>Swap PSS</source>
        <translation>PSS du swap</translation>
    </message>
    <message>
        <source>Swap with each shared swapped page divided among the processes that map it.</source>
        <translation>Swap occupé, chaque page partagée évincée étant répartie entre les processus qui la projettent.</translation>
    </message>
    <message>
        <source>OOM score</source>
        <translation>Score OOM</translation>
    </message>
    <message>
        <source>How likely the kernel is to end this process when memory runs out; the highest score goes first.</source>
        <translation>Probabilité que le noyau mette fin à ce processus quand la mémoire vient à manquer&#xa0;; le score le plus élevé passe en premier.</translation>
    </message>
    <message>
        <source>OOM adj</source>
        <translation>Ajust. OOM</translation>
    </message>
    <message>
        <source>oom_score_adj: added to the score, from −1000 (never chosen) to 1000 (chosen first).</source>
        <translation>oom_score_adj&#xa0;: ajouté au score, de −1000 (jamais choisi) à 1000 (choisi en premier).</translation>
    </message>
    <message>
        <source>Since selected</source>
        <translation>Depuis la sélection</translation>
    </message>
    <message>
        <source>RSS, PSS and swap of this process since you selected it. A line that only rises may be a leak.</source>
        <translation>RSS, PSS et swap de ce processus depuis que vous l&apos;avez sélectionné. Une courbe qui ne fait que monter peut signaler une fuite.</translation>
    </message>
    <message>
        <source>Mappings</source>
        <translation>Projections</translation>
    </message>
    <message>
        <source>Make the OOM killer more or less likely to end this process (asks for permission).</source>
        <translation>Rendre plus ou moins probable que le tueur OOM mette fin à ce processus (demande une autorisation).</translation>
    </message>
    <message>
        <source>Process %1</source>
        <translation>Processus %1</translation>
    </message>
    <message>
        <source>No process selected</source>
        <translation>Aucun processus sélectionné</translation>
    </message>
    <message>
        <source>Select a process in the table to see its memory in detail.</source>
        <translation>Sélectionnez un processus dans le tableau pour voir sa mémoire en détail.</translation>
    </message>
    <message>
        <source>Reading mappings…</source>
        <translation>Lecture des projections…</translation>
    </message>
    <message>
        <source>This process has ended.</source>
        <translation>Ce processus s&apos;est terminé.</translation>
    </message>
    <message>
        <source>%1 — PID %2, user %3</source>
        <translation>%1 — PID %2, utilisateur %3</translation>
    </message>
    <message>
        <source>This kernel does not split PSS this way (Linux 5.8 and later do).</source>
        <translation>Ce noyau ne ventile pas le PSS de cette façon (Linux 5.8 et ultérieur le font).</translation>
    </message>
    <message>
        <source>Mappings grouped by what backs them; expand a file to see each of its address ranges.</source>
        <translation>Projections regroupées selon ce qui les sous-tend&#xa0;; développez un fichier pour voir chacune de ses plages d&apos;adresses.</translation>
    </message>
    <message>
        <source>Mappings unavailable: %1</source>
        <translation>Projections indisponibles&#xa0;: %1</translation>
    </message>
    <message>
        <source>Per NUMA node</source>
        <translation>Par nœud NUMA</translation>
    </message>
    <message>
        <source>Where this process&apos;s resident memory is, node by node, from /proc/PID/numa_maps.</source>
        <translation>Où se trouve la mémoire résidente de ce processus, nœud par nœud, d&apos;après /proc/PID/numa_maps.</translation>
    </message>
    <message>
        <source>node %1: %2</source>
        <translation>nœud %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>none resident</source>
        <translation>rien de résident</translation>
    </message>
    <message>
        <source>Select a process to follow its memory here.</source>
        <translation>Sélectionnez un processus pour suivre sa mémoire ici.</translation>
    </message>
    <message>
        <source>Collecting: the line starts with the next refreshes.</source>
        <translation>Collecte en cours&#xa0;: la courbe commence avec les prochaines actualisations.</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>GPU memory of the graphics clients this process holds open, from the kernel&apos;s DRM statistics.</source>
        <translation>Mémoire GPU des clients graphiques que ce processus tient ouverts, d&apos;après les statistiques DRM du noyau.</translation>
    </message>
    <message>
        <source>  on the card</source>
        <translation>  sur la carte</translation>
    </message>
    <message>
        <source>Video memory on the graphics card (VRAM), outside the machine&apos;s RAM.</source>
        <translation>Mémoire vidéo sur la carte graphique (VRAM), hors de la RAM de la machine.</translation>
    </message>
    <message>
        <source>  in system RAM</source>
        <translation>  en RAM système</translation>
    </message>
    <message>
        <source>Buffers the driver keeps in the machine&apos;s RAM for the GPU (GTT).</source>
        <translation>Tampons que le pilote garde dans la RAM de la machine pour le GPU (GTT).</translation>
    </message>
    <message>
        <source>Each GPU this process uses, with its memory region by region as the driver names them.</source>
        <translation>Chaque GPU que ce processus utilise, avec sa mémoire région par région, telles que le pilote les nomme.</translation>
    </message>
    <message>
        <source>GPU clients other processes hold too (after a fork, or a descriptor passed): every sum counts them once.</source>
        <translation>Clients GPU que d&apos;autres processus tiennent aussi (après un fork ou un descripteur transmis)&#xa0;: chaque somme les compte une fois.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>without an id</source>
        <translation>sans identifiant</translation>
    </message>
    <message>
        <source>%1, client %2: %3</source>
        <translation>%1, client %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>the driver says nothing of its memory</source>
        <translation>le pilote ne dit rien de sa mémoire</translation>
    </message>
    <message>
        <source>Client %1 is also held by process %2; sums count it once.</source>
        <translation>Le client %1 est aussi tenu par le processus %2&#xa0;; les sommes le comptent une fois.</translation>
    </message>
    <message>
        <source>GPU %1: %2.</source>
        <translation>GPU %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>nothing resident</source>
        <translation>rien de résident</translation>
    </message>
</context>
<context>
    <name>ProcessGroup</name>
    <message>
        <source>not defined for a group</source>
        <translation>non défini pour un groupe</translation>
    </message>
    <message numerus="yes">
        <source>unreadable for %1 of %n processes, so no sum: %2</source>
        <translation>
            <numerusform>illisible pour %1 processus sur %n, donc pas de somme&#xa0;: %2</numerusform>
            <numerusform>illisible pour %1 processus sur %n, donc pas de somme&#xa0;: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProcessGrouping</name>
    <message>
        <source>Kernel threads</source>
        <translation>Threads du noyau</translation>
    </message>
</context>
<context>
    <name>ProcessModel</name>
    <message numerus="yes">
        <source>%n processes</source>
        <translation>
            <numerusform>%n processus</numerusform>
            <numerusform>%n processus</numerusform>
        </translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
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
        <translation>Partagée</translation>
    </message>
    <message>
        <source>OOM score</source>
        <translation>Score OOM</translation>
    </message>
    <message>
        <source>OOM adj</source>
        <translation>Ajust. OOM</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Resident set size: memory of this process that is in RAM, counting shared pages in full.</source>
        <translation>Taille de l&apos;ensemble résident&#xa0;: mémoire de ce processus présente en RAM, pages partagées comptées en entier.</translation>
    </message>
    <message>
        <source>Proportional set size: resident memory with each shared page divided among the processes that map it. PSS of all processes adds up to the memory they really use.</source>
        <translation>Taille de l&apos;ensemble proportionnel&#xa0;: mémoire résidente dont chaque page partagée est répartie entre les processus qui la projettent. La somme des PSS de tous les processus correspond à la mémoire qu&apos;ils utilisent réellement.</translation>
    </message>
    <message>
        <source>Unique set size: memory only this process maps; what ending it would free.</source>
        <translation>Taille de l&apos;ensemble unique&#xa0;: mémoire que seul ce processus projette&#xa0;; ce que libérerait l&apos;arrêt du processus.</translation>
    </message>
    <message>
        <source>Memory of this process that has been moved out to swap.</source>
        <translation>Mémoire de ce processus qui a été déplacée dans le swap.</translation>
    </message>
    <message>
        <source>Resident pages this process shares with at least one other process.</source>
        <translation>Pages résidentes que ce processus partage avec au moins un autre processus.</translation>
    </message>
    <message>
        <source>How likely the kernel is to end this process when memory runs out (0–1000 and up; higher is likelier).</source>
        <translation>Probabilité que le noyau mette fin à ce processus quand la mémoire vient à manquer (de 0 à 1000 et au-delà&#xa0;; plus le score est élevé, plus c&apos;est probable).</translation>
    </message>
    <message>
        <source>The adjustment added to the OOM score, from −1000 (never chosen) to 1000 (chosen first).</source>
        <translation>Ajustement ajouté au score OOM, de −1000 (jamais choisi) à 1000 (choisi en premier).</translation>
    </message>
    <message>
        <source>Read at %1</source>
        <translation>Lu à %1</translation>
    </message>
    <message>
        <source>Huge pages</source>
        <translation>Pages énormes</translation>
    </message>
    <message>
        <source>Anonymous memory of this process in transparent huge pages (AnonHugePages): huge pages (2 MiB on x86-64) the kernel gave it on its own.</source>
        <translation>Mémoire anonyme de ce processus en pages énormes transparentes (AnonHugePages)&#xa0;: des pages énormes (2 Mio sur x86-64) que le noyau lui a données de lui-même.</translation>
    </message>
    <message>
        <source>No GPU open</source>
        <translation>Aucun GPU ouvert</translation>
    </message>
    <message>
        <source>On the card: %1</source>
        <translation>Sur la carte&#xa0;: %1</translation>
    </message>
    <message>
        <source>In system RAM: %1</source>
        <translation>En RAM système&#xa0;: %1</translation>
    </message>
    <message>
        <source>Shared with process %1, which holds the same GPU client: sums count it once.</source>
        <translation>Partagé avec le processus %1, qui tient le même client GPU&#xa0;: les sommes le comptent une fois.</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>GPU memory of the graphics clients this process holds open (/dev/dri), on the card and in system RAM, from the kernel&apos;s DRM statistics. A client several processes hold is counted once in every sum.</source>
        <translation>Mémoire GPU des clients graphiques que ce processus tient ouverts (/dev/dri), sur la carte et en RAM système, d&apos;après les statistiques DRM du noyau. Un client que plusieurs processus tiennent est compté une fois dans chaque somme.</translation>
    </message>
</context>
<context>
    <name>ProcessReader</name>
    <message>
        <source>%1 is malformed (%2)</source>
        <translation>%1 est mal formé (%2)</translation>
    </message>
    <message>
        <source>a kernel thread has no user-space memory</source>
        <translation>un thread du noyau n&apos;a pas de mémoire en espace utilisateur</translation>
    </message>
    <message>
        <source>the process has exited; its parent has not yet collected it</source>
        <translation>le processus s&apos;est terminé&#xa0;; son parent ne l&apos;a pas encore récupéré</translation>
    </message>
    <message>
        <source>%1 has no %2 line</source>
        <translation>%1 n&apos;a pas de ligne %2</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 est vide</translation>
    </message>
    <message>
        <source>neither %1 nor %2 exists</source>
        <translation>ni %1 ni %2 n&apos;existe</translation>
    </message>
    <message>
        <source>process %1 has ended</source>
        <translation>le processus %1 s&apos;est terminé</translation>
    </message>
</context>
<context>
    <name>ProcessesPage</name>
    <message>
        <source>Show &amp;all processes</source>
        <translation>Afficher &amp;tous les processus</translation>
    </message>
    <message>
        <source>Filter by name, user, command or cgroup</source>
        <translation>Filtrer par nom, utilisateur, commande ou cgroup</translation>
    </message>
    <message>
        <source>Filter processes</source>
        <translation>Filtrer les processus</translation>
    </message>
    <message>
        <source>Show processes as</source>
        <translation>Mode d&apos;affichage des processus</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Tree by parent</source>
        <translation>Arborescence par parent</translation>
    </message>
    <message>
        <source>By application</source>
        <translation>Par application</translation>
    </message>
    <message>
        <source>By user</source>
        <translation>Par utilisateur</translation>
    </message>
    <message>
        <source>&amp;Show as:</source>
        <translation>&amp;Vue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kernel threads</source>
        <translation>Threads du &amp;noyau</translation>
    </message>
    <message>
        <source>Kernel threads have no user-space memory; their figures are all unavailable.</source>
        <translation>Les threads du noyau n&apos;ont pas de mémoire en espace utilisateur&#xa0;; toutes leurs valeurs sont indisponibles.</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Processus</translation>
    </message>
    <message>
        <source>Adjust &amp;OOM score of %1…</source>
        <translation>Ajuster le score &amp;OOM de %1…</translation>
    </message>
    <message>
        <source>Read PSS and USS of other users&apos; processes too, and the kernel&apos;s caches: MemLens reads as root from now on (asks for the administrator password once).</source>
        <translation>Lire aussi le PSS et l&apos;USS des processus d&apos;autres utilisateurs, ainsi que les caches du noyau&#xa0;: MemLens lit désormais en tant que root (demande une fois le mot de passe administrateur).</translation>
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
        <translation>Surcomptage du RSS</translation>
    </message>
    <message>
        <source>PSS against RSS</source>
        <translation>PSS face au RSS</translation>
    </message>
    <message>
        <source>RSS counts every page a process has in RAM, shared or not. PSS divides each shared page among the processes that map it. USS is what only this process maps. The bars follow the table&apos;s order and filter.</source>
        <translation>Le RSS compte chaque page qu&apos;un processus a en RAM, partagée ou non. Le PSS répartit chaque page partagée entre les processus qui la projettent. L&apos;USS est ce que seul ce processus projette. Les barres suivent l&apos;ordre et le filtre du tableau.</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>Mio</translation>
    </message>
    <message>
        <source>GiB</source>
        <translation>Gio</translation>
    </message>
    <message>
        <source> Left out: processes whose PSS could not be read (%1).</source>
        <translation> Exclus&#xa0;: processus dont le PSS n&apos;a pas pu être lu (%1).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Overcount: %1.&lt;/b&gt; Added up, the RSS of these %2 processes is %3, but they use %4 by PSS: pages shared between processes are counted once per process in RSS.%5</source>
        <translation>&lt;b&gt;Surcomptage&#xa0;: %1.&lt;/b&gt; Additionnés, les RSS de ces %2 processus font %3, mais ils n&apos;utilisent que %4 selon le PSS&#xa0;: le RSS compte les pages partagées entre processus une fois par processus.%5</translation>
    </message>
</context>
<context>
    <name>RecordedMoment</name>
    <message>
        <source>the recording holds no sample up to that moment</source>
        <translation>l&apos;enregistrement ne contient aucune mesure jusqu&apos;à ce moment</translation>
    </message>
</context>
<context>
    <name>RecordingReader</name>
    <message>
        <source>%1 holds no recording</source>
        <translation>%1 ne contient aucun enregistrement</translation>
    </message>
    <message>
        <source>cannot open the recording %1: %2</source>
        <translation>impossible d&apos;ouvrir l&apos;enregistrement %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2; the rest of it was skipped</source>
        <translation>%1&#xa0;: %2&#xa0;; le reste a été ignoré</translation>
    </message>
    <message>
        <source>%1 ends in a record cut short (the recorder stopped while writing it); it was skipped</source>
        <translation>%1 se termine par un enregistrement tronqué (l&apos;enregistreur s&apos;est arrêté en l&apos;écrivant)&#xa0;; il a été ignoré</translation>
    </message>
</context>
<context>
    <name>RemoteHost</name>
    <message>
        <source>&quot;%1&quot; (%2)</source>
        <translation>«&#xa0;%1&#xa0;» (%2)</translation>
    </message>
    <message>
        <source>The address contains a control character (%1).</source>
        <translation>L&apos;adresse contient un caractère de contrôle (%1).</translation>
    </message>
    <message>
        <source>The address contains an invisible text direction character (%1).</source>
        <translation>L&apos;adresse contient un caractère invisible de direction du texte (%1).</translation>
    </message>
    <message>
        <source>The address contains a space (%1); host and user names have none.</source>
        <translation>L&apos;adresse contient un espace (%1)&#xa0;; les noms d&apos;hôte et d&apos;utilisateur n&apos;en contiennent pas.</translation>
    </message>
    <message>
        <source>There is no user name before &quot;@&quot;.</source>
        <translation>Il n&apos;y a pas de nom d&apos;utilisateur avant «&#xa0;@&#xa0;».</translation>
    </message>
    <message>
        <source>There is no host name in the address.</source>
        <translation>L&apos;adresse ne contient pas de nom d&apos;hôte.</translation>
    </message>
    <message>
        <source>A user name cannot start with &quot;-&quot;.</source>
        <translation>Un nom d&apos;utilisateur ne peut pas commencer par «&#xa0;-&#xa0;».</translation>
    </message>
    <message>
        <source>A host name cannot start with &quot;-&quot;.</source>
        <translation>Un nom d&apos;hôte ne peut pas commencer par «&#xa0;-&#xa0;».</translation>
    </message>
    <message>
        <source>A user name cannot contain %1.</source>
        <translation>Un nom d&apos;utilisateur ne peut pas contenir %1.</translation>
    </message>
    <message>
        <source>A host name cannot contain %1.</source>
        <translation>Un nom d&apos;hôte ne peut pas contenir %1.</translation>
    </message>
    <message>
        <source>Enter the machine to connect to, as host, user@host or user@host:port.</source>
        <translation>Saisissez la machine à laquelle se connecter, sous la forme hôte, utilisateur@hôte ou utilisateur@hôte:port.</translation>
    </message>
    <message>
        <source>The address contains more than one &quot;@&quot;; write it as user@host.</source>
        <translation>L&apos;adresse contient plus d&apos;un «&#xa0;@&#xa0;»&#xa0;; écrivez-la sous la forme utilisateur@hôte.</translation>
    </message>
    <message>
        <source>&quot;[&quot; opens an IPv6 address that no &quot;]&quot; closes.</source>
        <translation>«&#xa0;[&#xa0;» ouvre une adresse IPv6 qu&apos;aucun «&#xa0;]&#xa0;» ne ferme.</translation>
    </message>
    <message>
        <source>The text in brackets is not an IPv6 address.</source>
        <translation>Le texte entre crochets n&apos;est pas une adresse IPv6.</translation>
    </message>
    <message>
        <source>Only &quot;:&quot; and a port can follow an IPv6 address in brackets.</source>
        <translation>Seuls «&#xa0;:&#xa0;» et un port peuvent suivre une adresse IPv6 entre crochets.</translation>
    </message>
    <message>
        <source>The address has more than one &quot;:&quot; but is not an IPv6 address; write an IPv6 address with a port as [address]:port.</source>
        <translation>L&apos;adresse contient plus d&apos;un «&#xa0;:&#xa0;» mais n&apos;est pas une adresse IPv6&#xa0;; écrivez une adresse IPv6 avec un port sous la forme [adresse]:port.</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>Le port doit être un nombre compris entre 1 et 65535.</translation>
    </message>
    <message>
        <source>the host name of %1 does not resolve to an address: check its spelling, or give the host a Host entry in ~/.ssh/config</source>
        <translation>le nom d&apos;hôte de %1 ne se résout en aucune adresse&#xa0;: vérifiez son orthographe, ou donnez à l&apos;hôte une entrée Host dans ~/.ssh/config</translation>
    </message>
    <message>
        <source>%1 could not be reached: check that the machine is on and on the network, that its ssh server runs, and the port</source>
        <translation>%1 n&apos;a pas pu être joint&#xa0;: vérifiez que la machine est allumée et connectée au réseau, que son serveur ssh fonctionne, ainsi que le port</translation>
    </message>
    <message>
        <source>%1 did not accept the login: check the user name, and that your public key is in ~/.ssh/authorized_keys there (ssh-copy-id puts it there)</source>
        <translation>%1 n&apos;a pas accepté la connexion&#xa0;: vérifiez le nom d&apos;utilisateur, et que votre clé publique se trouve dans ~/.ssh/authorized_keys sur cette machine (ssh-copy-id l&apos;y place)</translation>
    </message>
    <message>
        <source>ssh could not confirm that %1 is the machine it claims to be: connect once in a terminal with &quot;%2&quot;, compare the key&apos;s fingerprint with the one the machine shows, and accept it</source>
        <translation>ssh n&apos;a pas pu confirmer que %1 est bien la machine qu&apos;elle prétend être&#xa0;: connectez-vous une fois dans un terminal avec «&#xa0;%2&#xa0;», comparez l&apos;empreinte de la clé avec celle qu&apos;affiche la machine, et acceptez-la</translation>
    </message>
    <message>
        <source>the host key of %1 has changed since the last connection, so ssh refused to connect: the machine was reinstalled, or someone is intercepting the connection. Only if you know the key changed, remove the old one with &quot;%2&quot; and connect once in a terminal with &quot;%3&quot;</source>
        <translation>la clé d&apos;hôte de %1 a changé depuis la dernière connexion, ssh a donc refusé de se connecter&#xa0;: la machine a été réinstallée, ou quelqu&apos;un intercepte la connexion. Seulement si vous savez que la clé a changé, supprimez l&apos;ancienne avec «&#xa0;%2&#xa0;» et connectez-vous une fois dans un terminal avec «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>memlens-agent was not found on %1: install MemLens there so that memlens-agent is on the PATH (install the memlens package there, or run &quot;cmake --install&quot; of MemLens on it)</source>
        <translation>memlens-agent est introuvable sur %1&#xa0;: installez-y MemLens de sorte que memlens-agent soit dans le PATH (installez-y le paquet memlens, ou exécutez-y «&#xa0;cmake --install&#xa0;» de MemLens)</translation>
    </message>
    <message>
        <source>the connection to %1 was lost: check the network, then connect again</source>
        <translation>la connexion à %1 a été perdue&#xa0;: vérifiez le réseau, puis reconnectez-vous</translation>
    </message>
    <message>
        <source>ssh ended with code %1</source>
        <translation>ssh s&apos;est terminé avec le code %1</translation>
    </message>
    <message>
        <source>ssh ended with code %1: %2</source>
        <translation>ssh s&apos;est terminé avec le code %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ReplaySource</name>
    <message>
        <source>the recording has ended</source>
        <translation>l&apos;enregistrement est terminé</translation>
    </message>
</context>
<context>
    <name>RollingRecorder</name>
    <message>
        <source>cannot write the recording %1: %2</source>
        <translation>impossible d&apos;écrire l&apos;enregistrement %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot create the recording&apos;s directory %1</source>
        <translation>impossible de créer le dossier de l&apos;enregistrement %1</translation>
    </message>
</context>
<context>
    <name>RootAgent</name>
    <message>
        <source>the administrator password was not given, so other users&apos; processes stay hidden</source>
        <translation>le mot de passe administrateur n&apos;a pas été fourni, les processus des autres utilisateurs restent donc masqués</translation>
    </message>
    <message>
        <source>no authentication agent is running to ask for the administrator password; log in to a desktop session, or run &quot;memlens --snapshot --all-processes&quot; in a terminal</source>
        <translation>aucun agent d&apos;authentification n&apos;est lancé pour demander le mot de passe administrateur&#xa0;; ouvrez une session de bureau, ou lancez «&#xa0;memlens --snapshot --all-processes&#xa0;» dans un terminal</translation>
    </message>
    <message>
        <source>you are not allowed to read every process&apos;s memory on this machine (polkit said no)</source>
        <translation>vous n&apos;êtes pas autorisé à lire la mémoire de tous les processus sur cette machine (polkit a refusé)</translation>
    </message>
    <message>
        <source>the root agent could not be started through pkexec: %1</source>
        <translation>l&apos;agent root n&apos;a pas pu être démarré via pkexec&#xa0;: %1</translation>
    </message>
    <message>
        <source>the root agent ended (exit code %1)</source>
        <translation>l&apos;agent root s&apos;est terminé (code de sortie %1)</translation>
    </message>
    <message>
        <source>the root agent ended (exit code %1): %2</source>
        <translation>l&apos;agent root s&apos;est terminé (code de sortie %1)&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>SharedMemoryReader</name>
    <message>
        <source>%1 could not be listed: %2</source>
        <translation>%1 n&apos;a pas pu être listé&#xa0;: %2</translation>
    </message>
    <message>
        <source>not measured: %1 is a recording, not this machine&apos;s file systems</source>
        <translation>non mesuré&#xa0;: %1 est un enregistrement, pas les systèmes de fichiers de cette machine</translation>
    </message>
    <message>
        <source>hidden under a later mount, so it cannot be measured</source>
        <translation>masqué par un montage ultérieur, il ne peut donc pas être mesuré</translation>
    </message>
    <message>
        <source>%1 could not be measured: %2</source>
        <translation>%1 n&apos;a pas pu être mesuré&#xa0;: %2</translation>
    </message>
    <message>
        <source>mounted without a size limit (size=0), so the kernel keeps no count of its blocks</source>
        <translation>monté sans limite de taille (size=0)&#xa0;: le noyau ne compte pas ses blocs</translation>
    </message>
</context>
<context>
    <name>SharedMemoryView</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Shared memory summary</source>
        <translation>Résumé de la mémoire partagée</translation>
    </message>
    <message>
        <source>System V segments</source>
        <translation>Segments System V</translation>
    </message>
    <message>
        <source>POSIX shared memory (/dev/shm)</source>
        <translation>Mémoire partagée POSIX (/dev/shm)</translation>
    </message>
    <message>
        <source>tmpfs file systems</source>
        <translation>Systèmes de fichiers tmpfs</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; of shared memory in all (Shmem in /proc/meminfo).</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; de mémoire partagée en tout (Shmem dans /proc/meminfo).</translation>
    </message>
    <message>
        <source>The total of shared memory is unknown.</source>
        <translation>Le total de la mémoire partagée est inconnu.</translation>
    </message>
    <message numerus="yes">
        <source>System V segments no process has attached: %n. They keep their memory until removed (ipcrm -m ID).</source>
        <translation>
            <numerusform>Segments System V qu&apos;aucun processus n&apos;a attachés&#xa0;: %n. Ils gardent leur mémoire jusqu&apos;à leur suppression (ipcrm -m ID).</numerusform>
            <numerusform>Segments System V qu&apos;aucun processus n&apos;a attachés&#xa0;: %n. Ils gardent leur mémoire jusqu&apos;à leur suppression (ipcrm -m ID).</numerusform>
        </translation>
    </message>
    <message>
        <source>Shared memory lives in RAM (or swap) like a program&apos;s own. System V segments and the files in /dev/shm and other tmpfs belong to no single program: they stay until removed, even after every program using them has ended. Shmem also counts memory these lists cannot show, which goes with its last user: shared anonymous mappings, memfd files and graphics buffers.</source>
        <translation>La mémoire partagée vit en RAM (ou en swap) comme celle d&apos;un programme. Les segments System V et les fichiers de /dev/shm et des autres tmpfs n&apos;appartiennent à aucun programme&#xa0;: ils restent jusqu&apos;à leur suppression, même après la fin de tous les programmes qui s&apos;en servaient. Shmem compte aussi de la mémoire que ces listes ne peuvent montrer et qui part avec son dernier utilisateur&#xa0;: projections anonymes partagées, fichiers memfd et tampons graphiques.</translation>
    </message>
    <message>
        <source>Unavailable: %1</source>
        <translation>Indisponible&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>SlabCacheModel</name>
    <message>
        <source>%1 B</source>
        <translation>%1 o</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Counted in SReclaimable: the kernel frees it when memory runs short.</source>
        <translation>Compté dans SReclaimable&#xa0;: le noyau le libère quand la mémoire manque.</translation>
    </message>
    <message>
        <source>Counted in SUnreclaim: freed only when its objects are.</source>
        <translation>Compté dans SUnreclaim&#xa0;: libéré seulement avec ses objets.</translation>
    </message>
    <message>
        <source>Allocated objects against the room the cache&apos;s slabs have: the rest is held, but free.</source>
        <translation>Objets alloués par rapport à la place des slabs du cache&#xa0;: le reste est retenu, mais libre.</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Objects in use</source>
        <translation>Objets en service</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objets</translation>
    </message>
    <message>
        <source>Object size</source>
        <translation>Taille d&apos;objet</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>Reclaimable</source>
        <translation>Récupérable</translation>
    </message>
</context>
<context>
    <name>SnapshotReport</name>
    <message>
        <source>Memory: %1 total, %2 available, %3 free, %4 in page cache; swap %5 used of %6
</source>
        <translation>Mémoire&#xa0;: %1 au total, %2 disponible, %3 libre, %4 en cache de pages&#xa0;; swap&#xa0;: %5 utilisé sur %6
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
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
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
        <translation>(total, Kio)</translation>
    </message>
    <message>
        <source>RSS − PSS overcount: %1. Summing RSS counts every shared page once for each process that maps it; PSS splits it among them, so its sum is the memory really in use.
</source>
        <translation>Surcomptage RSS − PSS&#xa0;: %1. La somme des RSS compte chaque page partagée une fois pour chaque processus qui la projette&#xa0;; le PSS la répartit entre eux, si bien que sa somme correspond à la mémoire réellement utilisée.
</translation>
    </message>
    <message>
        <source>Processes whose PSS and USS could not be read: %1 (permission denied: another user&apos;s process, or one the kernel protects). They are shown as &apos;-&apos; and left out of those totals.
</source>
        <translation>Processus dont le PSS et l&apos;USS n&apos;ont pas pu être lus&#xa0;: %1 (accès refusé&#xa0;: processus d&apos;un autre utilisateur, ou protégé par le noyau). Ils sont affichés sous la forme «&#xa0;-&#xa0;» et exclus de ces totaux.
</translation>
    </message>
    <message>
        <source>%1 has no %2 on this kernel</source>
        <translation>%1 ne contient pas %2 sur ce noyau</translation>
    </message>
    <message>
        <source>only strict overcommit (vm.overcommit_memory = 2) refuses allocations at the limit</source>
        <translation>seul le surengagement strict (vm.overcommit_memory = 2) refuse les allocations à la limite</translation>
    </message>
    <message>
        <source>this kernel&apos;s /proc/sysvipc/shm has no rss and swap columns</source>
        <translation>le /proc/sysvipc/shm de ce noyau n&apos;a pas de colonnes rss et swap</translation>
    </message>
    <message>
        <source>Kernel threads left out: %1. They have no user-space memory; --kernel-threads lists them.
</source>
        <translation>Threads du noyau omis&#xa0;: %1. Ils n&apos;ont pas de mémoire en espace utilisateur&#xa0;; --kernel-threads les liste.
</translation>
    </message>
    <message>
        <source>the %1 driver writes no memory figures in fdinfo</source>
        <translation>le pilote %1 n&apos;écrit aucune valeur de mémoire dans fdinfo</translation>
    </message>
</context>
<context>
    <name>SnapshotStream</name>
    <message>
        <source>this is not a MemLens recording or snapshot stream</source>
        <translation>ce n&apos;est ni un enregistrement ni un flux d&apos;instantanés de MemLens</translation>
    </message>
    <message>
        <source>the stream is in format %1; this MemLens reads format %2</source>
        <translation>le flux est au format %1&#xa0;; cette version de MemLens lit le format %2</translation>
    </message>
    <message>
        <source>the stream is damaged: a record does not begin where one should</source>
        <translation>le flux est endommagé&#xa0;: un enregistrement ne commence pas là où il le devrait</translation>
    </message>
    <message>
        <source>the stream is damaged: a snapshot could not be read</source>
        <translation>le flux est endommagé&#xa0;: un instantané n&apos;a pas pu être lu</translation>
    </message>
    <message>
        <source>the stream is damaged: a process is listed twice</source>
        <translation>le flux est endommagé&#xa0;: un processus y figure deux fois</translation>
    </message>
    <message>
        <source>the stream is damaged: process changes came before any process snapshot</source>
        <translation>le flux est endommagé&#xa0;: des changements de processus sont arrivés avant tout instantané des processus</translation>
    </message>
    <message>
        <source>the stream is damaged: a process is said unchanged that was never sent</source>
        <translation>le flux est endommagé&#xa0;: un processus est dit inchangé alors qu&apos;il n&apos;a jamais été envoyé</translation>
    </message>
    <message>
        <source>the stream is damaged: library times came before any library snapshot</source>
        <translation>le flux est endommagé&#xa0;: des heures de bibliothèques sont arrivées avant tout instantané des bibliothèques</translation>
    </message>
    <message>
        <source>the stream is damaged: a compressed record does not decompress</source>
        <translation>le flux est endommagé&#xa0;: un enregistrement compressé ne se décompresse pas</translation>
    </message>
</context>
<context>
    <name>SysVSegmentModel</name>
    <message>
        <source>No process has this segment attached: it holds its memory until someone removes it (ipcrm -m %1).</source>
        <translation>Aucun processus n&apos;a ce segment attaché&#xa0;: il garde sa mémoire jusqu&apos;à ce que quelqu&apos;un le supprime (ipcrm -m %1).</translation>
    </message>
    <message>
        <source>this kernel&apos;s /proc/sysvipc/shm has no rss and swap columns</source>
        <translation>le fichier /proc/sysvipc/shm de ce noyau n&apos;a pas de colonnes rss et swap</translation>
    </message>
    <message>
        <source>private</source>
        <translation>privé</translation>
    </message>
    <message>
        <source>Processes that have the segment attached now.</source>
        <translation>Processus auxquels le segment est attaché en ce moment.</translation>
    </message>
    <message>
        <source>The process that last attached or detached it.</source>
        <translation>Le processus qui l&apos;a attaché ou détaché en dernier.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>Résident</translation>
    </message>
    <message>
        <source>Swapped</source>
        <translation>En swap</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>Attachés</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>Créateur</translation>
    </message>
    <message>
        <source>Last PID</source>
        <translation>Dernier PID</translation>
    </message>
</context>
<context>
    <name>SystemHistory</name>
    <message>
        <source>Swap used</source>
        <translation>Swap utilisé</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonyme</translation>
    </message>
    <message>
        <source>Page cache</source>
        <translation>Cache de pages</translation>
    </message>
    <message>
        <source>Shared memory</source>
        <translation>Mémoire partagée</translation>
    </message>
    <message>
        <source>Slab, reclaimable</source>
        <translation>Slab, récupérable</translation>
    </message>
    <message>
        <source>Slab, unreclaimable</source>
        <translation>Slab, non récupérable</translation>
    </message>
    <message>
        <source>Kernel stacks &amp; page tables</source>
        <translation>Piles noyau et tables de pages</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Libre</translation>
    </message>
    <message>
        <source>Unaccounted</source>
        <translation>Non comptabilisée</translation>
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
        <translation>Some, actuel</translation>
    </message>
    <message>
        <source>Full, now</source>
        <translation>Full, actuel</translation>
    </message>
    <message>
        <source>Swap-in</source>
        <translation>Swap entrant</translation>
    </message>
    <message>
        <source>Swap-out</source>
        <translation>Swap sortant</translation>
    </message>
    <message>
        <source>Major faults</source>
        <translation>Défauts majeurs</translation>
    </message>
    <message>
        <source>Background threshold</source>
        <translation>Seuil d&apos;arrière-plan</translation>
    </message>
    <message>
        <source>Throttle threshold</source>
        <translation>Seuil de freinage</translation>
    </message>
    <message>
        <source>Dirtied</source>
        <translation>Modifiées</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Écrites</translation>
    </message>
    <message>
        <source>Huge page faults</source>
        <translation>Défauts en pages énormes</translation>
    </message>
    <message>
        <source>Fallbacks to small pages</source>
        <translation>Replis sur petites pages</translation>
    </message>
    <message>
        <source>Collapsed by khugepaged</source>
        <translation>Regroupées par khugepaged</translation>
    </message>
    <message>
        <source>Compaction stalls</source>
        <translation>Arrêts pour compactage</translation>
    </message>
    <message>
        <source>Dirty pages</source>
        <translation>Pages modifiées</translation>
    </message>
    <message>
        <source>Dirty and being written back</source>
        <translation>Modifiées et en cours d&apos;écriture</translation>
    </message>
    <message>
        <source>ZFS ARC</source>
        <translation>ARC ZFS</translation>
    </message>
    <message>
        <source>Graphics, in RAM</source>
        <translation>Graphique, en RAM</translation>
    </message>
</context>
<context>
    <name>SystemMemoryModel</name>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Share of RAM</source>
        <translation>Part de la RAM</translation>
    </message>
</context>
<context>
    <name>SystemReader</name>
    <message>
        <source>the dirty thresholds cannot be computed here: meminfo lacks MemFree or the file LRU counts, a sysctl is out of range, or the kernel is a 32-bit one with HighMem</source>
        <translation>les seuils de pages modifiées ne peuvent pas être calculés ici&#xa0;: il manque MemFree ou les compteurs de la LRU des fichiers dans meminfo, un sysctl est hors de sa plage, ou le noyau est un noyau 32&#xa0;bits avec HighMem</translation>
    </message>
    <message>
        <source>/proc/spl/kstat/zfs/arcstats has no size, c_min or c_max row</source>
        <translation>/proc/spl/kstat/zfs/arcstats n&apos;a pas de ligne size, c_min ou c_max</translation>
    </message>
</context>
<context>
    <name>SystemSnapshot</name>
    <message>
        <source>vm.%1 was not read</source>
        <translation>vm.%1 n&apos;a pas été lu</translation>
    </message>
</context>
<context>
    <name>TimelineBar</name>
    <message>
        <source>Recording timeline</source>
        <translation>Chronologie de l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Showing %1</source>
        <translation>Affiché&#xa0;: %1</translation>
    </message>
    <message>
        <source>The recording holds no sample</source>
        <translation>L&apos;enregistrement ne contient aucune mesure</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The background watcher&apos;s recording</source>
        <translation>L&apos;enregistrement de la surveillance en arrière-plan</translation>
    </message>
    <message>
        <source>%1: click to open this moment of the recording</source>
        <translation>%1&#xa0;: cliquez pour ouvrir ce moment de l&apos;enregistrement</translation>
    </message>
</context>
<context>
    <name>TmpfsMountModel</name>
    <message>
        <source>Mount point</source>
        <translation>Point de montage</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Used</source>
        <translation></translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
</context>
<context>
    <name>TopApplicationsModel</name>
    <message>
        <source>1 process</source>
        <translation>1 processus</translation>
    </message>
    <message>
        <source>%1 processes</source>
        <translation>%1 processus</translation>
    </message>
    <message>
        <source>%1: %2 PSS in %3</source>
        <translation>%1&#xa0;: %2 de PSS dans %3</translation>
    </message>
    <message>
        <source> (%1 % of RAM)</source>
        <translation> (%1&#xa0;% de la RAM)</translation>
    </message>
    <message>
        <source>. The PSS of %1 could not be read (another user&apos;s) and is not in this sum.</source>
        <translation>. Le PSS de %1 n&apos;a pas pu être lu (d&apos;un autre utilisateur) et ne figure pas dans cette somme.</translation>
    </message>
    <message>
        <source>the PSS of its processes could not be read (another user&apos;s)</source>
        <translation>le PSS de ses processus n&apos;a pas pu être lu (d&apos;un autre utilisateur)</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>PSS</source>
        <translation>PSS</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Processus</translation>
    </message>
</context>
<context>
    <name>TrialJournal</name>
    <message>
        <source>could not remove %1</source>
        <translation>impossible de supprimer %1</translation>
    </message>
    <message>
        <source>could not create %1</source>
        <translation>impossible de créer %1</translation>
    </message>
    <message>
        <source>could not write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 could not be read</source>
        <translation>%1 n&apos;a pas pu être lu</translation>
    </message>
    <message>
        <source>%1 is damaged; kept as %2</source>
        <translation>%1 est endommagé&#xa0;; conservé sous %2</translation>
    </message>
</context>
<context>
    <name>TuningLogModel</name>
    <message>
        <source>Waiting for the request before it</source>
        <translation>En attente de la demande précédente</translation>
    </message>
    <message>
        <source>Asking for permission…</source>
        <translation>Demande d&apos;autorisation…</translation>
    </message>
    <message>
        <source>Not made: %1</source>
        <translation>Non appliquée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Appliquée</translation>
    </message>
    <message>
        <source>Made: %1</source>
        <translation>Appliquée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Conservée</translation>
    </message>
    <message>
        <source>Putting back…</source>
        <translation>Rétablissement…</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Put back at the end of its trial</source>
        <translation>Rétablie à la fin de l&apos;essai</translation>
    </message>
    <message>
        <source>Put back when MemLens closed</source>
        <translation>Rétablie à la fermeture de MemLens</translation>
    </message>
    <message>
        <source>Not put back: %1</source>
        <translation>Non rétablie&#xa0;: %1</translation>
    </message>
    <message>
        <source>PSI %1 % · swap-out %2/s · faults %3/s</source>
        <translation>PSI %1&#xa0;% · swap sortant %2/s · défauts %3/s</translation>
    </message>
    <message>
        <source> (%1 s so far)</source>
        <translation> (%1&#xa0;s jusqu&apos;ici)</translation>
    </message>
    <message>
        <source>Memory pressure (PSI some), data written to swap and major page faults, averaged</source>
        <translation>Pression mémoire (PSI some), données écrites dans le swap et défauts de page majeurs, en moyenne</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>The minute before</source>
        <translation>La minute précédente</translation>
    </message>
    <message>
        <source>The minute after</source>
        <translation>La minute suivante</translation>
    </message>
    <message>
        <source>On trial: %1 unless kept</source>
        <translation>À l&apos;essai&#xa0;: %1 si elle n&apos;est pas conservée</translation>
    </message>
    <message>
        <source>Still on trial: %1</source>
        <translation>Encore à l&apos;essai&#xa0;: %1</translation>
    </message>
    <message>
        <source>left by a MemLens that stopped</source>
        <translation>laissée par un MemLens qui s&apos;est arrêté</translation>
    </message>
    <message>
        <source>back in %1 s</source>
        <translation>rétablie dans %1&#xa0;s</translation>
    </message>
</context>
<context>
    <name>TuningPage</name>
    <message>
        <source>Tuning status</source>
        <translation>État des réglages</translation>
    </message>
    <message>
        <source>Like a new display resolution: if the machine turns sluggish, the old value comes back by itself.</source>
        <translation>Comme pour une nouvelle résolution d&apos;écran&#xa0;: si la machine devient poussive, l&apos;ancienne valeur revient d&apos;elle-même.</translation>
    </message>
    <message>
        <source>Helper not installed</source>
        <translation>Utilitaire privilégié non installé</translation>
    </message>
    <message>
        <source>Swappiness</source>
        <translation>Swappiness</translation>
    </message>
    <message>
        <source>Swappiness value</source>
        <translation>Valeur de swappiness</translation>
    </message>
    <message>
        <source>How readily the kernel moves idle program memory to swap rather than dropping file cache. &lt;b&gt;60&lt;/b&gt; is the kernel&apos;s default; &lt;b&gt;about 10&lt;/b&gt; keeps a desktop&apos;s programs in RAM longer; &lt;b&gt;1–10&lt;/b&gt; suits databases that manage their own cache; above 100 (Linux 5.8 and later) prefers swapping, which suits fast swap such as zram.</source>
        <translation>Propension du noyau à déplacer la mémoire inactive des programmes vers le swap plutôt qu&apos;à libérer le cache de fichiers. &lt;b&gt;60&lt;/b&gt; est la valeur par défaut du noyau&#xa0;; &lt;b&gt;environ 10&lt;/b&gt; garde plus longtemps en RAM les programmes d&apos;un poste de travail&#xa0;; &lt;b&gt;1–10&lt;/b&gt; convient aux bases de données qui gèrent leur propre cache&#xa0;; au-delà de 100 (Linux 5.8 et ultérieur), le noyau privilégie le swap, ce qui convient à un swap rapide comme zram.</translation>
    </message>
    <message>
        <source>&amp;Apply swappiness</source>
        <translation>Appliquer la &amp;swappiness</translation>
    </message>
    <message>
        <source>Transparent huge pages</source>
        <translation>Pages énormes transparentes</translation>
    </message>
    <message>
        <source>Huge pages enabled</source>
        <translation>Pages énormes activées</translation>
    </message>
    <message>
        <source>Huge pages defragmentation</source>
        <translation>Défragmentation des pages énormes</translation>
    </message>
    <message>
        <source>&amp;Use huge pages:</source>
        <translation>&amp;Utiliser les pages énormes&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Defragment for them:</source>
        <translation>&amp;Défragmentation&#xa0;:</translation>
    </message>
    <message>
        <source>&lt;b&gt;madvise&lt;/b&gt; gives 2 MiB pages only to programs that ask (the usual default); &lt;b&gt;always&lt;/b&gt; can speed up large heaps but wastes memory and stalls on compaction; &lt;b&gt;never&lt;/b&gt; turns them off.</source>
        <translation>&lt;b&gt;madvise&lt;/b&gt; n&apos;attribue des pages de 2&#xa0;Mio qu&apos;aux programmes qui le demandent (le réglage par défaut habituel)&#xa0;; &lt;b&gt;always&lt;/b&gt; peut accélérer les gros tas, mais gaspille de la mémoire et provoque des blocages lors du compactage&#xa0;; &lt;b&gt;never&lt;/b&gt; les désactive.</translation>
    </message>
    <message>
        <source>Apply &amp;huge pages</source>
        <translation>Appliquer les pages é&amp;normes</translation>
    </message>
    <message>
        <source>Transparent huge pages already have these settings.</source>
        <translation>Les pages énormes transparentes ont déjà ces réglages.</translation>
    </message>
    <message>
        <source>Drop caches</source>
        <translation>Vider les caches</translation>
    </message>
    <message>
        <source>Caches to drop</source>
        <translation>Caches à vider</translation>
    </message>
    <message>
        <source>Page cache (1)</source>
        <translation>Cache de pages (1)</translation>
    </message>
    <message>
        <source>Dentries and inodes (2)</source>
        <translation>Entrées de répertoires et inodes (2)</translation>
    </message>
    <message>
        <source>Both (3)</source>
        <translation>Les deux (3)</translation>
    </message>
    <message>
        <source>Empties clean caches at once, after writing dirty pages out. Useful before a measurement; otherwise the kernel does this by itself when memory is needed, and programs read their files from disk again afterwards.</source>
        <translation>Vide immédiatement les caches propres, après avoir écrit les pages modifiées. Utile avant une mesure&#xa0;; sinon, le noyau s&apos;en charge lui-même quand il a besoin de mémoire, et les programmes relisent ensuite leurs fichiers depuis le disque.</translation>
    </message>
    <message>
        <source>D&amp;rop caches</source>
        <translation>&amp;Vider les caches</translation>
    </message>
    <message>
        <source>Changes made here</source>
        <translation>Modifications effectuées ici</translation>
    </message>
    <message>
        <source>Now: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Actuellement&#xa0;: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Now: unknown (%1)</source>
        <translation>Actuellement&#xa0;: inconnue (%1)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>%1&#xa0;: &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Actuellement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Swappiness now</source>
        <translation>Swappiness actuelle</translation>
    </message>
    <message>
        <source>Swappiness is already %1.</source>
        <translation>La swappiness vaut déjà %1.</translation>
    </message>
    <message>
        <source>&amp;Try changes first: put them back after</source>
        <translation>&amp;Essayer d&apos;abord&#xa0;: rétablir après</translation>
    </message>
    <message>
        <source>Try changes first</source>
        <translation>Essayer d&apos;abord les modifications</translation>
    </message>
    <message>
        <source>Trial length</source>
        <translation>Durée de l&apos;essai</translation>
    </message>
    <message>
        <source>unless I keep them</source>
        <translation>si je ne les conserve pas</translation>
    </message>
    <message>
        <source>Changes on trial</source>
        <translation>Modifications à l&apos;essai</translation>
    </message>
    <message>
        <source>&amp;Keep them all</source>
        <translation>&amp;Tout conserver</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conserver</translation>
    </message>
    <message>
        <source>Keep %1</source>
        <translation>Conserver %1</translation>
    </message>
    <message>
        <source>Put back</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Leave the value as it is</source>
        <translation>Laisser la valeur telle quelle</translation>
    </message>
    <message>
        <source>On trial: %1. Keep or put back each in the list below, or keep them all.</source>
        <translation>À l&apos;essai&#xa0;: %1. Conservez ou rétablissez chacune dans la liste ci-dessous, ou conservez-les toutes.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1&#xa0;s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1&#xa0;min</translation>
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
        <translation>swappiness → %1</translation>
    </message>
    <message>
        <source>huge pages enabled → %1</source>
        <translation>pages énormes enabled → %1</translation>
    </message>
    <message>
        <source>huge pages defrag → %1</source>
        <translation>pages énormes defrag → %1</translation>
    </message>
    <message>
        <source>drop %1</source>
        <translation>vider %1</translation>
    </message>
    <message>
        <source>OOM score adjustment of %1 (PID %2) → %3</source>
        <translation>ajustement du score OOM de %1 (PID %2) → %3</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>swappiness %1 → %2</source>
        <translation>swappiness %1 → %2</translation>
    </message>
    <message>
        <source>swappiness back to %1</source>
        <translation>swappiness&#xa0;: retour à %1</translation>
    </message>
    <message>
        <source>huge pages %1 %2 → %3</source>
        <translation>pages énormes %1 %2 → %3</translation>
    </message>
    <message>
        <source>huge pages %1 back to %2</source>
        <translation>pages énormes %1&#xa0;: retour à %2</translation>
    </message>
    <message>
        <source>dropped %1</source>
        <translation>%1 vidé(s)</translation>
    </message>
    <message>
        <source>OOM score adjustment of %1 (PID %2)</source>
        <translation>ajustement du score OOM de %1 (PID %2)</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>its OOM score is now %1</source>
        <translation>son score OOM est maintenant %1</translation>
    </message>
    <message>
        <source>%1 back to %2</source>
        <translation>%1 rétabli à %2</translation>
    </message>
    <message>
        <source>%1 was on trial when the machine restarted: the restart ended it.</source>
        <translation>%1 était à l&apos;essai lors du redémarrage de la machine&#xa0;: le redémarrage y a mis fin.</translation>
    </message>
    <message>
        <source>A journal of changes on trial could not be read: %1</source>
        <translation>Un journal de modifications à l&apos;essai n&apos;a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>freed %1 of cache (%2 → %3)</source>
        <translation>%1 de cache libérés (%2 → %3)</translation>
    </message>
    <message>
        <source>Changes on trial could not be noted down, so a crash would leave them in place unnoticed: %1</source>
        <translation>Les modifications à l&apos;essai n&apos;ont pas pu être notées, un plantage les laisserait donc en place sans que personne le sache&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>WatchServer</name>
    <message>
        <source>windows cannot share the watcher&apos;s sampling: %1</source>
        <translation>les fenêtres ne peuvent pas partager les mesures de la surveillance&#xa0;: %1</translation>
    </message>
    <message>
        <source>another MemLens window shares the background watcher&apos;s sampling</source>
        <translation>une autre fenêtre MemLens partage déjà les mesures de la surveillance en arrière-plan</translation>
    </message>
</context>
<context>
    <name>Watcher</name>
    <message>
        <source>MemLens began watching</source>
        <translation>MemLens a commencé la surveillance</translation>
    </message>
    <message>
        <source>The kernel wakes MemLens when tasks stall on memory (a pressure trigger on %1).</source>
        <translation>Le noyau réveille MemLens quand des tâches attendent la mémoire (un déclencheur de pression sur %1).</translation>
    </message>
    <message>
        <source>no pressure file was found</source>
        <translation>aucun fichier de pression n&apos;a été trouvé</translation>
    </message>
    <message>
        <source>MemLens reads the pressure averages at each sample, every %1 s, since no pressure trigger could be set: %2.</source>
        <translation>MemLens lit les moyennes de pression à chaque mesure, toutes les %1&#xa0;s, car aucun déclencheur de pression n&apos;a pu être posé&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Largest: %1.</source>
        <translation>Les plus gros&#xa0;: %1.</translation>
    </message>
    <message>
        <source>At this rate memory runs out in about %1 s (%2 left). %3</source>
        <translation>À ce rythme, la mémoire sera épuisée dans environ %1&#xa0;s (reste %2). %3</translation>
    </message>
    <message>
        <source>Memory pressure began: tasks are waiting for memory. %1</source>
        <translation>La pression mémoire a commencé&#xa0;: des tâches attendent la mémoire. %1</translation>
    </message>
    <message>
        <source>Memory pressure ended; at its worst, tasks waited %1 % of the time</source>
        <translation>La pression mémoire est terminée&#xa0;; au pire, les tâches ont attendu %1&#xa0;% du temps</translation>
    </message>
    <message>
        <source>Notified: %1</source>
        <translation>Notifié&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>WatcherConnection</name>
    <message>
        <source>the background watcher stopped</source>
        <translation>la surveillance en arrière-plan s&apos;est arrêtée</translation>
    </message>
    <message>
        <source>the background watcher cannot be reached: %1</source>
        <translation>la surveillance en arrière-plan est injoignable&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>WatcherControl</name>
    <message>
        <source>systemctl could not do it: %1</source>
        <translation>systemctl n&apos;a pas pu le faire&#xa0;: %1</translation>
    </message>
    <message>
        <source>systemctl could not be started: %1</source>
        <translation>systemctl n&apos;a pas pu être lancé&#xa0;: %1</translation>
    </message>
    <message>
        <source>the watcher (process %1) could not be stopped: %2</source>
        <translation>la surveillance (processus %1) n&apos;a pas pu être arrêtée&#xa0;: %2</translation>
    </message>
    <message>
        <source>the watcher (process %1) did not stop</source>
        <translation>la surveillance (processus %1) ne s&apos;est pas arrêtée</translation>
    </message>
    <message>
        <source>the autostart entry %1 could not be written: %2</source>
        <translation>l&apos;entrée de démarrage automatique %1 n&apos;a pas pu être écrite&#xa0;: %2</translation>
    </message>
    <message>
        <source>the watcher could not be started</source>
        <translation>la surveillance n&apos;a pas pu être lancée</translation>
    </message>
    <message>
        <source>the autostart entry %1 could not be removed</source>
        <translation>l&apos;entrée de démarrage automatique %1 n&apos;a pas pu être supprimée</translation>
    </message>
    <message>
        <source>systemctl could not be started</source>
        <translation>systemctl n&apos;a pas pu être lancé</translation>
    </message>
</context>
<context>
    <name>WatcherDialog</name>
    <message>
        <source>&amp;Watch memory in the background</source>
        <translation>&amp;Surveiller la mémoire en arrière-plan</translation>
    </message>
    <message>
        <source>Warn &amp;before memory runs out</source>
        <translation>&amp;Avertir avant que la mémoire ne manque</translation>
    </message>
    <message>
        <source>Tell me when a program was &amp;ended to free memory</source>
        <translation>Signaler quand un programme a été a&amp;rrêté pour libérer de la mémoire</translation>
    </message>
    <message>
        <source>Background watcher</source>
        <translation>Surveillance en arrière-plan</translation>
    </message>
    <message>
        <source>What the watcher does</source>
        <translation>Ce que fait la surveillance</translation>
    </message>
    <message>
        <source>While you work, MemLens records memory every 10 seconds (every second under pressure), marks pressure and kills in the recording, and warns you before memory runs out. It starts when you log in.</source>
        <translation>Pendant que vous travaillez, MemLens enregistre la mémoire toutes les 10&#xa0;secondes (chaque seconde sous pression), marque la pression et les éliminations OOM dans l&apos;enregistrement et vous avertit avant que la mémoire ne manque. Elle démarre à l&apos;ouverture de session.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source> h</source>
        <translation>&#xa0;h</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation>&#xa0;Mio</translation>
    </message>
    <message>
        <source>Keep the last:</source>
        <translation>Garder les dernières&#xa0;:</translation>
    </message>
    <message>
        <source>At most:</source>
        <translation>Au plus&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Open the recording</source>
        <translation>&amp;Ouvrir l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Where pressure comes from</source>
        <translation>D&apos;où vient la pression</translation>
    </message>
    <message>
        <source>Could not: %1</source>
        <translation>Impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>as the systemd user service %1</source>
        <translation>comme service utilisateur systemd %1</translation>
    </message>
    <message>
        <source>from your autostart entries</source>
        <translation>depuis vos entrées de démarrage automatique</translation>
    </message>
    <message>
        <source>Running (process %1), started %2.</source>
        <translation>En cours (processus %1), lancée %2.</translation>
    </message>
    <message>
        <source>Not running.</source>
        <translation>Arrêtée.</translation>
    </message>
</context>
<context>
    <name>WritebackView</name>
    <message>
        <source>set by vm.%1</source>
        <translation>fixé par vm.%1</translation>
    </message>
    <message>
        <source>%1 % of %2 that can be dirtied (vm.%3)</source>
        <translation>%1&#xa0;% des %2 qui peuvent être modifiés (vm.%3)</translation>
    </message>
    <message>
        <source>Dirty page thresholds</source>
        <translation>Seuils des pages modifiées</translation>
    </message>
    <message>
        <source>Dirty pages and their thresholds</source>
        <translation>Pages modifiées et leurs seuils</translation>
    </message>
    <message>
        <source>Dirty and writeback memory over time, with the background and throttle thresholds</source>
        <translation>Mémoire modifiée et en écriture au fil du temps, avec les seuils d&apos;arrière-plan et de freinage</translation>
    </message>
    <message>
        <source>Pages dirtied and written out</source>
        <translation>Pages modifiées et écrites</translation>
    </message>
    <message>
        <source>Bytes dirtied and written back per second</source>
        <translation>Octets modifiés et réécrits par seconde</translation>
    </message>
    <message>
        <source>The thresholds are unknown: %1.</source>
        <translation>Les seuils sont inconnus&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Background threshold &lt;b&gt;%1&lt;/b&gt; (%2); throttle threshold &lt;b&gt;%3&lt;/b&gt; (%4).</source>
        <translation>Seuil d&apos;arrière-plan &lt;b&gt;%1&lt;/b&gt; (%2)&#xa0;; seuil de freinage &lt;b&gt;%3&lt;/b&gt; (%4).</translation>
    </message>
    <message>
        <source>The background setting is not below the throttle one, so the kernel uses half the throttle threshold.</source>
        <translation>Le réglage d&apos;arrière-plan n&apos;est pas inférieur à celui de freinage&#xa0;: le noyau prend la moitié du seuil de freinage.</translation>
    </message>
    <message>
        <source>Dirty now: &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Modifiées à présent&#xa0;: &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Programs that write files change pages in RAM first; the kernel writes them to disk later. Until then they are &lt;i&gt;dirty&lt;/i&gt;. When Dirty passes the &lt;b&gt;background threshold&lt;/b&gt;, the kernel&apos;s flusher threads start writing in the background while programs carry on. Once dirty pages and those being written pass the midpoint between the two lines, programs that write are slowed down, the more the closer they get to the &lt;b&gt;throttle threshold&lt;/b&gt;; at it they wait until enough has been written: copies crawl and the desktop can stall.</source>
        <translation>Les programmes qui écrivent des fichiers modifient d&apos;abord des pages en RAM&#xa0;; le noyau les écrit sur le disque plus tard. D&apos;ici là, elles sont &lt;i&gt;modifiées&lt;/i&gt;. Quand Dirty dépasse le &lt;b&gt;seuil d&apos;arrière-plan&lt;/b&gt;, les threads d&apos;écriture du noyau commencent à écrire en arrière-plan pendant que les programmes continuent. Dès que les pages modifiées et celles en cours d&apos;écriture dépassent le milieu entre les deux lignes, les programmes qui écrivent sont ralentis, d&apos;autant plus qu&apos;ils approchent du &lt;b&gt;seuil de freinage&lt;/b&gt;&#xa0;; là, ils attendent qu&apos;assez ait été écrit&#xa0;: les copies rampent et le bureau peut se figer.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Shows where memory goes: the system, every process, every mapping.</source>
        <translation>Montre où va la mémoire&#xa0;: le système, chaque processus, chaque projection.</translation>
    </message>
    <message>
        <source>Print a report of system memory and every process, and exit.</source>
        <translation>Afficher un rapport sur la mémoire du système et de chaque processus, puis quitter.</translation>
    </message>
    <message>
        <source>Report format: table, json or csv.</source>
        <translation>Format du rapport&#xa0;: table, json ou csv.</translation>
    </message>
    <message>
        <source>Sort the report by pss, rss, uss or swap.</source>
        <translation>Trier le rapport par pss, rss, uss ou swap.</translation>
    </message>
    <message>
        <source>Read /proc and /sys under DIR (a captured tree) instead of /.</source>
        <translation>Lire /proc et /sys sous DIR (une arborescence capturée) au lieu de /.</translation>
    </message>
    <message>
        <source>Refresh every MS milliseconds (500 to 10000; default: as last time).</source>
        <translation>Actualiser toutes les MS millisecondes (de 500 à 10000&#xa0;; par défaut&#xa0;: comme la dernière fois).</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; use table, json or csv</source>
        <translation>format «&#xa0;%1&#xa0;» inconnu&#xa0;; utilisez table, json ou csv</translation>
    </message>
    <message>
        <source>unknown sort key &quot;%1&quot;; use pss, rss, uss or swap</source>
        <translation>clé de tri «&#xa0;%1&#xa0;» inconnue&#xa0;; utilisez pss, rss, uss ou swap</translation>
    </message>
    <message>
        <source>the root directory &quot;%1&quot; does not exist</source>
        <translation>le répertoire racine «&#xa0;%1&#xa0;» n&apos;existe pas</translation>
    </message>
    <message>
        <source>the interval must be between 500 and 10000 milliseconds</source>
        <translation>l&apos;intervalle doit être compris entre 500 et 10000&#xa0;millisecondes</translation>
    </message>
    <message>
        <source>memlens: no display found (DISPLAY and WAYLAND_DISPLAY are not set), so the window cannot open. Printing the snapshot report instead.
</source>
        <translation>memlens&#xa0;: aucun affichage trouvé (DISPLAY et WAYLAND_DISPLAY ne sont pas définis), la fenêtre ne peut donc pas s&apos;ouvrir. Affichage du rapport instantané à la place.
</translation>
    </message>
    <message>
        <source>With --agent: stop after N snapshots.</source>
        <translation>Avec --agent&#xa0;: s&apos;arrêter après N instantanés.</translation>
    </message>
    <message>
        <source>Play a recording made with --agent instead of reading /proc.</source>
        <translation>Relire un enregistrement fait avec --agent au lieu de lire /proc.</translation>
    </message>
    <message>
        <source>the recording &quot;%1&quot; cannot be read</source>
        <translation>l&apos;enregistrement «&#xa0;%1&#xa0;» ne peut pas être lu</translation>
    </message>
    <message>
        <source>Read each process&apos;s PSS again at least every S seconds, even if its memory did not move (1 to 600; default: as last time, at first 10).</source>
        <translation>Relire le PSS de chaque processus au moins toutes les S secondes, même si sa mémoire n&apos;a pas bougé (de 1 à 600&#xa0;; par défaut&#xa0;: comme la dernière fois, 10 au départ).</translation>
    </message>
    <message>
        <source>--pss-max-age must be between 1 and 600 seconds</source>
        <translation>--pss-max-age doit être compris entre 1 et 600 secondes</translation>
    </message>
    <message>
        <source>Run memlens-agent: write a snapshot stream on standard output every interval (a recording for --replay).</source>
        <translation>Exécuter memlens-agent&#xa0;: écrire un flux d&apos;instantanés sur la sortie standard à chaque intervalle (un enregistrement pour --replay).</translation>
    </message>
    <message>
        <source>Show another machine, through ssh: memlens-agent must be installed there.</source>
        <translation>Afficher une autre machine, via ssh&#xa0;: memlens-agent doit y être installé.</translation>
    </message>
    <message>
        <source>With --snapshot: read every process as root, through pkexec (asks for the administrator password).</source>
        <translation>Avec --snapshot&#xa0;: lire chaque processus en tant que root, via pkexec (demande le mot de passe administrateur).</translation>
    </message>
    <message>
        <source>With --snapshot: list kernel threads too (they have no user-space memory).</source>
        <translation>Avec --snapshot&#xa0;: lister aussi les threads du noyau (ils n&apos;ont pas de mémoire en espace utilisateur).</translation>
    </message>
    <message>
        <source>Watch in the background: record memory and mark pressure, warnings and kills (one watcher per user).</source>
        <translation>Surveiller en arrière-plan&#xa0;: enregistrer la mémoire et marquer la pression, les avertissements et les éliminations OOM (une surveillance par utilisateur).</translation>
    </message>
    <message>
        <source>With --watch: record into DIR (default: %1).</source>
        <translation>Avec --watch&#xa0;: enregistrer dans DIR (par défaut&#xa0;: %1).</translation>
    </message>
    <message>
        <source>With --watch: keep at most MIB mebibytes of recording (default: 200).</source>
        <translation>Avec --watch&#xa0;: garder au plus MIB mébioctets d&apos;enregistrement (par défaut&#xa0;: 200).</translation>
    </message>
    <message>
        <source>With --watch: keep the last HOURS hours of recording (default: 24).</source>
        <translation>Avec --watch&#xa0;: garder les HOURS dernières heures d&apos;enregistrement (par défaut&#xa0;: 24).</translation>
    </message>
    <message>
        <source>With --replay: open the recording at TIME (2026-12-06T18:40:05, or a time of day such as 18:40 for the last one).</source>
        <translation>Avec --replay&#xa0;: ouvrir l&apos;enregistrement à TIME (2026-12-06T18:40:05, ou une heure comme 18:40 pour la dernière).</translation>
    </message>
    <message>
        <source>--recording-size must be between 1 and 100000 MiB</source>
        <translation>--recording-size doit être compris entre 1 et 100000&#xa0;Mio</translation>
    </message>
    <message>
        <source>--recording-hours must be between 1 and 8784</source>
        <translation>--recording-hours doit être compris entre 1 et 8784</translation>
    </message>
    <message>
        <source>--at needs --replay and a time such as 2026-12-06T18:40:05 or 18:40</source>
        <translation>--at demande --replay et une heure comme 2026-12-06T18:40:05 ou 18:40</translation>
    </message>
    <message>
        <source>a watcher already runs for this user (process %1); this one leaves</source>
        <translation>une surveillance tourne déjà pour cet utilisateur (processus %1)&#xa0;; celle-ci s&apos;arrête</translation>
    </message>
    <message>
        <source>watching; recording to %1. %2</source>
        <translation>surveillance en cours&#xa0;; enregistrement dans %1. %2</translation>
    </message>
</context>
</TS>
