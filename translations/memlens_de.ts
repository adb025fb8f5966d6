<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccountingBar</name>
    <message>
        <source>Where RAM goes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory programs allocated for themselves — heaps, stacks, private data. It can only leave RAM by going to swap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents of files kept in RAM so the next read is instant. The kernel drops clean cache whenever programs need the room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tmpfs files (such as /dev/shm and /run) and shared memory between programs. It looks like cache but cannot simply be dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel caches of directory entries and file metadata that the kernel can free under pressure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel data structures in use, such as network buffers and open-file tables. Freed only when their owners release them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A kernel stack for every thread and the page tables that map each program&apos;s memory. Grows with the number of threads and mappings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RAM holding nothing at all. Linux keeps it small on purpose: unused RAM is used for cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RAM that none of the counters above explain: memory taken directly by drivers, graphics cards, firmware and huge page pools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 · %3 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ByteFormat</name>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CgroupModel</name>
    <message>
        <source>the pressure file has no such line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this kernel does not count OOM kills per group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory charged to the group now, page cache included (memory.current; memory.usage_in_bytes on cgroup v1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hard limit: above it the kernel reclaims, and if it cannot, the OOM killer ends a process of the group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The soft limit: above it the group&apos;s processes are slowed down and pushed to reclaim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the last 10 seconds in which at least one process of the group waited for memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the last 10 seconds in which every process of the group waited for memory at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processes of this group the OOM killer has ended since the group was created (oom_kill in memory.events).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pressure (some)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pressure (full)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OOM kills</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CgroupReader</name>
    <message>
        <source>No cgroup hierarchy with the memory controller is mounted under /sys/fs/cgroup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cgroup v1 does not have this figure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CgroupsPage</name>
    <message>
        <source>Control groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading control groups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control groups are unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This system uses cgroup v1: it has a usage and a hard limit per group, but no soft limit (high), no swap figure and no pressure per group. The bar shows usage against the hard limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bar shows memory in use against the group&apos;s hard limit (max); the line marks its soft limit (high). Groups without limits show the figure alone. Processes are listed under their group.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileReader</name>
    <message>
        <source>%1 does not exist on this system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the process ended while %1 was read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission denied reading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB and was not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is malformed (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryChart</name>
    <message>
        <source>/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KillHistoryReader</name>
    <message>
        <source>systemd journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kernel log buffer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/dev/kmsg held a record that was not understood (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading /dev/kmsg stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/dev/kmsg is malformed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OOM kill history cannot be read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the systemd journal shows you no kernel messages (you are not in the systemd-journal or adm group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/dev/kmsg is restricted to administrators by kernel.dmesg_restrict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you may not read /dev/kmsg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OOM kill history cannot be read: %1. Running MemLens as root shows it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibrariesPage</name>
    <message>
        <source>Filter by file or process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter libraries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank libraries by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PSS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory saved by sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rank by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the mappings of every process…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapped files: %1. “Saved by sharing” is what the file would cost again if every process that maps it had its own copy (the RSS of all users minus their PSS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not counted: processes whose mappings could not be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not counted: processes of other users, whose mappings only root may read (%1). Run MemLens as root to include them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every process that maps the file counts its resident pages in its RSS, but the pages are in RAM once: RSS summed over the processes minus their PSS is what sharing saves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PSS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved by sharing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>MemLens — recording %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MemLens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MemLens — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pressure, swap &amp; OOM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading memory figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host agent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop refreshing, to read figures that would otherwise move (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample everything now (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh every </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh interval in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often MemLens reads memory figures. Shorter intervals cost more CPU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · PSS unavailable for %1 of them, of other users — run as root to see them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · PSS unavailable for %1 of them (hover a dash to see why)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · ended while being read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sampled at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PSS read from %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingModel</name>
    <message>
        <source>[anonymous]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — mappings: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kernel does not report this figure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PSS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dirty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeminfoGlossary</name>
    <message>
        <source>RAM the kernel can manage: installed memory minus what firmware and the kernel image reserve at boot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RAM holding nothing at all. A low figure is normal: Linux puts idle memory to work as cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kernel&apos;s estimate of how much could be given to programs without swapping: free memory plus cache and reclaimable kernel memory it can drop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory used recently, file cache and anonymous memory together; the kernel takes memory back from the inactive part first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory not used for a while, file cache and anonymous memory together: the first candidates when memory has to be reclaimed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RAM this virtual machine&apos;s balloon driver has handed back to the host; the guest cannot use it until the host returns it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache of raw block-device data, such as file system metadata.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents of files kept in RAM so the next read is fast (includes shared memory and tmpfs, which cannot simply be dropped).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File cache used recently; reclaimed only after the inactive part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File cache not used for a while: the first memory reclaimed when programs need more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cached file data changed in memory and not yet written to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dirty data being written to disk right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cached files that programs have mapped into their address space, such as libraries and executables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory programs allocated for themselves (heap, stacks) that no file backs; it can only leave RAM by going to swap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous memory and shared memory used recently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous memory and shared memory not used for a while: what goes to swap first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared memory and tmpfs files (/dev/shm, /run, often graphics buffers). Counted in Cached, but it cannot be dropped, only swapped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory that may not be reclaimed or swapped, such as locked pages and ramfs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory programs pinned in RAM with mlock().</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kernel&apos;s own object caches (inodes, directory entries, network buffers): reclaimable plus unreclaimable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel caches that can be freed under pressure, mostly inode and directory-entry caches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel objects in use that cannot be freed on demand. Steady growth here can mean a kernel leak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kernel memory the kernel can reclaim under pressure, reclaimable slab included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stacks of every thread while it runs in the kernel; grows with the number of threads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shadow stacks used to protect return addresses on kernels built with that hardening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables translating programs&apos; virtual addresses to RAM; large when many processes map much memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secondary page tables, such as those of virtual machines and IOMMUs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size of the kernel&apos;s vmalloc address range: address space, not memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory the kernel allocated through vmalloc (modules, some drivers and buffers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest free block of vmalloc address space (newer kernels write 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel data kept once per CPU core.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RAM the kernel took out of use because the hardware reported it faulty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buffers for devices that cannot reach all of RAM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data sent to an NFS server but not yet committed to its storage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary buffers of file systems in user space (FUSE) being written back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory of a confidential virtual machine not yet accepted for use by the guest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size of all active swap areas together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap space not in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages read back from swap whose swap copy is still kept, so they need not be written again if swapped out unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RAM used by zswap&apos;s compressed cache of pages on their way to swap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncompressed size of the pages held in zswap; compared with Zswap it gives the compression ratio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous memory backed by transparent huge pages (2 MiB on x86-64).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared memory and tmpfs backed by huge pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared memory that programs map with huge pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File cache backed by huge pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File cache that programs map with huge pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of pages in the default-size hugetlbfs pool; this memory is set aside whether used or not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages of the hugetlbfs pool not yet handed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool pages promised to a mapping but not yet touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages allocated beyond the pool&apos;s size, allowed by vm.nr_overcommit_hugepages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size of one page of the default hugetlbfs pool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory taken by hugetlbfs pools of every page size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much memory may be promised to programs when overcommit is strict (vm.overcommit_memory = 2): swap plus a share of RAM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory promised to programs so far, whether they have touched it or not: what would be needed if every promise were used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RAM the kernel maps for itself with 4 KiB pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RAM the kernel maps for itself with 2 MiB pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RAM the kernel maps for itself with 1 GiB pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RAM reserved at boot for devices that need large contiguous buffers (usable as cache until a device asks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of the contiguous reserve not given to a device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A field MemLens does not describe yet; see the kernel&apos;s documentation of /proc/meminfo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous and shared memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huge pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much RAM there is, how much is idle and how much programs could still get.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File contents kept in RAM. Most of it is given back as soon as programs need the memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory programs allocated for themselves; without swap it stays in RAM until they free it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory the kernel uses for itself: caches of objects, stacks, page tables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space on disk (or compressed in RAM) where rarely used anonymous memory is moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory mapped in large pages, which are cheaper for the processor to translate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory promised to programs, against the limit that applies when overcommit is strict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields that fit none of the groups above.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OomAdjustDialog</name>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OOM score of %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When memory runs out, the kernel ends the process with the highest OOM score. &lt;b&gt;%1&lt;/b&gt; (PID %2) has a score of &lt;b&gt;%3&lt;/b&gt; with an adjustment of &lt;b&gt;%4&lt;/b&gt;. A negative adjustment protects it, a positive one offers it up first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OOM score adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OOM score adjustment value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;−1000 makes the process immune:&lt;/b&gt; however much memory it takes, the OOM killer ends other processes instead, and if nothing else is left the system can hang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make %1 immune to the OOM killer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With −1000 the kernel will never end %1 when memory runs out, even if it is what uses it all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking for permission…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the OOM score adjustment of %1 (PID %2) to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: the adjustment is now &lt;b&gt;%1&lt;/b&gt; (was %2), and the kernel&apos;s OOM score is &lt;b&gt;%3&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Free and available memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a field to see what it means.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All the RAM the kernel manages (MemTotal): installed memory minus what firmware and the kernel image reserve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much programs could still get without swapping (MemAvailable): free RAM plus the cache the kernel can drop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total minus available: memory that is not free and cannot simply be reclaimed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buffers, page cache and reclaimable kernel caches, as free(1) counts buff/cache. Most of it is given back on demand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap space in use out of all swap space (SwapTotal − SwapFree).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory promised to programs (Committed_AS) against the limit the kernel would enforce in strict overcommit mode (CommitLimit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory composition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How RAM is used over the last minutes, stacked from programs&apos; own memory at the bottom to free memory at the top. Swap in use is the line, on the right axis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory figures are unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of RAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reported by this kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % of total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of %1 (%2 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no swap space is active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of a %1 limit (%2 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; of RAM is free. This kernel does not estimate available memory (MemAvailable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Free is not available.&lt;/b&gt; Only &lt;b&gt;%1&lt;/b&gt; of RAM holds nothing at all, yet &lt;b&gt;%2&lt;/b&gt; is available to programs: the kernel would hand over about &lt;b&gt;%3&lt;/b&gt; of cache it can drop before anything has to go to swap. Linux uses idle RAM as cache on purpose, so a small free figure is normal; watch available instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Free is not available.&lt;/b&gt; &lt;b&gt;%1&lt;/b&gt; of RAM holds nothing, but only &lt;b&gt;%2&lt;/b&gt; of it is available to programs: the kernel keeps &lt;b&gt;%3&lt;/b&gt; in reserve for itself (its low watermarks), and there is little cache to drop. Watch available, not free.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PressurePage</name>
    <message>
        <source>%1 : 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory pressure (PSI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of time in which programs waited for memory. &quot;Some&quot;: at least one task was stalled; &quot;full&quot;: all running tasks were stalled at once, so the machine did no useful work. &quot;avg10&quot; is the kernel&apos;s 10-second average, &quot;now&quot; the share of the last refresh interval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory written out to swap and read back in, per second. Steady traffic both ways means the working set does not fit in RAM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Major page faults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times per second a program touched memory that had to be read from disk or swap first. Each one is a wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Higher priority is used first; devices of equal priority are used in turn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compressed memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zram and zswap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next in line for the OOM killer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processes by OOM score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When memory runs out, the kernel ends the process with the highest score. The score grows with the memory a process uses; oom_score_adj moves it up or down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OOM kills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OOM kill count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OOM kill history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OOM adj</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the process had in RAM when it was killed: anonymous, file and shared memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole system ran out of memory, or a control group reached its limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the kernel log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now: some %1 %, full %2 % of the last 10 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory pressure is unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zram (compressed RAM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap devices — unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap devices — none active: memory that is not cache can only stay in RAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown algorithm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: not set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2, %3): holds %4 of data compressed to %5 (ratio %6); with its overhead it takes %7 of RAM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;zram&lt;/b&gt;: no zram devices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;zram&lt;/b&gt;: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;zswap&lt;/b&gt; holds nothing: it is off, or nothing has been swapped out since it was turned on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;zswap&lt;/b&gt; keeps %1 of swapped pages compressed in %2 of RAM (ratio %3) before they reach the swap device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;zswap&lt;/b&gt;: this kernel does not report it (Zswap and Zswapped in meminfo, Linux 5.19 and later).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OOM killer has ended &lt;b&gt;%1&lt;/b&gt; processes since boot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kernel does not count OOM kills (oom_kill in /proc/vmstat, Linux 4.13 and later).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In control groups: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anonymous %1, file %2, shared memory %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its control group hit its limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hit its limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system ran out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; the process was in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No OOM kills in the %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some messages were only partly understood: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivilegedClient</name>
    <message>
        <source>another change is still waiting for its answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivilegedReply</name>
    <message>
        <source>the helper&apos;s client gave an answer MemLens does not understand: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not allowed to make this change: the system&apos;s policy refused it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MemLens&apos;s privileged helper is not installed. Install it with: sudo cmake --install build/dev --component memlens-helper --prefix /usr (./build.sh run does this for you).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memlens-kauth-client was not found next to MemLens; rebuild MemLens (./build.sh run).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The helper is busy with another change; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The helper refused the request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kernel refused the value: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The process has ended (or its number now belongs to another process): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProcessDetailsPanel</name>
    <message>
        <source>RSS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PSS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjust &amp;OOM score…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident set size: everything of this process in RAM, shared pages counted in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proportional set size: resident memory with each shared page divided among the processes that map it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part of PSS that is the process&apos;s own data: heap, stack, private copies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part of PSS that is file contents: the program, its libraries, mapped files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  shared memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part of PSS in shared memory and tmpfs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unique set size: pages only this process maps. Ending it frees at least this much.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident pages also mapped by other processes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory of this process moved out to swap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap PSS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap with each shared swapped page divided among the processes that map it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OOM score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How likely the kernel is to end this process when memory runs out; the highest score goes first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OOM adj</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oom_score_adj: added to the score, from −1000 (never chosen) to 1000 (chosen first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSS, PSS and swap of this process since you selected it. A line that only rises may be a leak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mappings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the OOM killer more or less likely to end this process (asks for permission).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No process selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a process in the table to see its memory in detail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading mappings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This process has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — PID %2, user %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kernel does not split PSS this way (Linux 5.8 and later do).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mappings grouped by what backs them; expand a file to see each of its address ranges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mappings unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProcessGroup</name>
    <message>
        <source>not defined for a group</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>unreadable for %1 of %n processes, so no sum: %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProcessGrouping</name>
    <message>
        <source>Kernel threads</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProcessModel</name>
    <message numerus="yes">
        <source>%n processes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>PID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PSS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OOM score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OOM adj</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident set size: memory of this process that is in RAM, counting shared pages in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proportional set size: resident memory with each shared page divided among the processes that map it. PSS of all processes adds up to the memory they really use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unique set size: memory only this process maps; what ending it would free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory of this process that has been moved out to swap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident pages this process shares with at least one other process.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How likely the kernel is to end this process when memory runs out (0–1000 and up; higher is likelier).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The adjustment added to the OOM score, from −1000 (never chosen) to 1000 (chosen first).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProcessReader</name>
    <message>
        <source>%1 is malformed (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a kernel thread has no user-space memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the process has exited; its parent has not yet collected it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no %2 line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neither %1 nor %2 exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>process %1 has ended</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProcessesPage</name>
    <message>
        <source>Show &amp;all processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name, user, command or cgroup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show processes as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tree by parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kernel threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel threads have no user-space memory; their figures are all unavailable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read PSS and USS of other users&apos; processes too, through the privileged helper (asks for permission once).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjust &amp;OOM score of %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PssRssChart</name>
    <message>
        <source>RSS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PSS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overcount of RSS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PSS against RSS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSS counts every page a process has in RAM, shared or not. PSS divides each shared page among the processes that map it. USS is what only this process maps. The bars follow the table&apos;s order and filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Left out: processes whose PSS could not be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Overcount: %1.&lt;/b&gt; Added up, the RSS of these %2 processes is %3, but they use %4 by PSS: pages shared between processes are counted once per process in RSS.%5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RollupFeed</name>
    <message>
        <source>Showing all processes ended before the permission to read them runs out; switch it on again to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the memory figures of all processes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RollupSupplement</name>
    <message>
        <source>read through the privileged helper at %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SamplingWorker</name>
    <message>
        <source>cannot open the recording %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sampling agent on the host has stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sampling agent could not be started (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the recording has ended</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnapshotReport</name>
    <message>
        <source>Memory: %1 total, %2 available, %3 free, %4 in page cache; swap %5 used of %6
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PSS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(total, KiB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSS − PSS overcount: %1. Summing RSS counts every shared page once for each process that maps it; PSS splits it among them, so its sum is the memory really in use.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processes whose PSS and USS could not be read: %1 (permission denied: another user&apos;s process, or one the kernel protects). They are shown as &apos;-&apos; and left out of those totals.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnapshotStream</name>
    <message>
        <source>this is not a MemLens recording or snapshot stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stream is in format %1; this MemLens reads format %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stream is damaged: a record does not begin where one should</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stream is damaged: a snapshot could not be read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SystemHistory</name>
    <message>
        <source>Swap used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slab, reclaimable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slab, unreclaimable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel stacks &amp; page tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unaccounted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some, avg10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full, avg10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some, now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full, now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Major faults</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SystemMemoryModel</name>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of RAM</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TuningPage</name>
    <message>
        <source>Tuning status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try changes first: put them back after %1 s unless I keep them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Like a new display resolution: if the machine turns sluggish, the old value comes back by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helper not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swappiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swappiness value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How readily the kernel moves idle program memory to swap rather than dropping file cache. &lt;b&gt;60&lt;/b&gt; is the kernel&apos;s default; &lt;b&gt;about 10&lt;/b&gt; keeps a desktop&apos;s programs in RAM longer; &lt;b&gt;1–10&lt;/b&gt; suits databases that manage their own cache; above 100 (Linux 5.8 and later) prefers swapping, which suits fast swap such as zram.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply swappiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>swappiness %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>swappiness back to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set vm.swappiness to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transparent huge pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huge pages enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huge pages defragmentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use huge pages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Defragment for them:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;madvise&lt;/b&gt; gives 2 MiB pages only to programs that ask (the usual default); &lt;b&gt;always&lt;/b&gt; can speed up large heaps but wastes memory and stalls on compaction; &lt;b&gt;never&lt;/b&gt; turns them off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply &amp;huge pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>huge pages %1 %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transparent huge pages already have these settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>huge pages %1 back to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set transparent huge pages: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop caches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caches to drop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page cache (1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dentries and inodes (2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both (3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empties clean caches at once, after writing dirty pages out. Useful before a measurement; otherwise the kernel does this by itself when memory is needed, and programs read their files from disk again afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory freed by dropping caches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;rop caches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dropped caches (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop caches: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes made here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minute before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minute after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory pressure (PSI some), data written to swap and major page faults, averaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trying %1: it goes back in %2 s unless you keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still waiting for the answer to the last change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking for permission: %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PSI %1 % · swap-out %2/s · faults %3/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 s so far)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now: unknown (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freed &lt;b&gt;%1&lt;/b&gt; of cache (%2 → %3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Shows where memory goes: the system, every process, every mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a report of system memory and every process, and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report format: table, json or csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort the report by pss, rss, uss or swap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read /proc and /sys under DIR (a captured tree) instead of /.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh every MS milliseconds (500 to 10000; default: as last time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a snapshot stream on standard output every interval (for a Flatpak&apos;ed MemLens, or a recording).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --agent: stop after N snapshots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play a recording made with --agent instead of reading /proc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; use table, json or csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown sort key &quot;%1&quot;; use pss, rss, uss or swap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the root directory &quot;%1&quot; does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the interval must be between 500 and 10000 milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--count needs a whole number above 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write to standard output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the recording &quot;%1&quot; cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memlens: no display found (DISPLAY and WAYLAND_DISPLAY are not set), so the window cannot open. Printing the snapshot report instead.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
