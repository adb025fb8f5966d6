#pragma once

#include "read/processreader.h"

// Reads every process in /proc into one snapshot.
class ProcessSampler
{
public:
    explicit ProcessSampler(const SysRoot &root);

    ProcessSnapshot sample();

    // The mappings of one process, for the details view and the libraries view.
    MappingSnapshot sampleMappings(const ProcessKey &process);

private:
    ProcessReader m_reader;
};
